package cn.gov.hunan.chuyi.api;

import cn.gov.hunan.chuyi.shared.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The API's errors as JSON, never the portal's HTML error pages: before the web module's advice, for this API only. */
@RestControllerAdvice(assignableTypes = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiErrors {

    @ExceptionHandler(NotFoundException.class)
    ResponseEntity<ApiRecords.Problem> notFound() {
        return problem(HttpStatus.NOT_FOUND, "not_found", "No such record, or it is not public.");
    }

    @ExceptionHandler({IllegalArgumentException.class, MethodArgumentTypeMismatchException.class})
    ResponseEntity<ApiRecords.Problem> badRequest() {
        return problem(
                HttpStatus.BAD_REQUEST,
                "bad_request",
                "page must be 0 or more, size between 1 and " + ApiController.MAX_SIZE + ", ids and years numbers.");
    }

    private static ResponseEntity<ApiRecords.Problem> problem(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .body(new ApiRecords.Problem(status.value(), error, message));
    }
}
