package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * The API's errors as problems ({@link ApiProblems}), never the portal's HTML error pages: before the web module's
 * advice, for this API only.
 */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    private final ApiProblems problems;

    // its own writer, on the message source alone: controller slices of other modules load this advice too
    ApiErrors(MessageSource messages) {
        this.problems = new ApiProblems(messages);
    }

    @ExceptionHandler(NotFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ApiProblem.NO_SUCH_RECORD);
    }

    @ExceptionHandler(ApiController.BadParameter.class)
    void badParameter(ApiController.BadParameter bad, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, ApiProblem.BAD_PARAMETER, bad.parameter(), ApiController.MAX_SIZE);
    }

    /** A path variable or parameter that is no number ({@code /publicity/abc}, {@code ?page=x}). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    void mismatch(MethodArgumentTypeMismatchException bad, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        problems.write(request, response, ApiProblem.BAD_PARAMETER, bad.getName(), ApiController.MAX_SIZE);
    }

    @ExceptionHandler(IllegalArgumentException.class)
    void badRequest(HttpServletRequest request, HttpServletResponse response) throws IOException {
        problems.write(request, response, ApiProblem.BAD_REQUEST);
    }
}
