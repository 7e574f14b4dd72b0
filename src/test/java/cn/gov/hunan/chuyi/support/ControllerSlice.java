package cn.gov.hunan.chuyi.support;

import cn.gov.hunan.chuyi.account.signin.SecuritySlice;
import cn.gov.hunan.chuyi.notification.NotificationCenter;
import cn.gov.hunan.chuyi.web.WebSlice;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * A controller slice: the named controllers with the portal's real web layer and security chain (Spring Security's
 * filters, {@code account.signin.SecurityConfiguration}, every {@code @PreAuthorize}, CSRF, the controller advice that turns a
 * refusal into a 404 or a message), the real Thymeleaf templates and message bundles, and no database. The test
 * mocks the services the controller calls ({@code @MockitoBean}) and signs in with {@link SignedIn}; a context starts
 * in about a second and each request takes milliseconds. The model to copy: {@code program.ProgramControllerTests}.
 *
 * <pre>
 * &#64;ControllerSlice(ProgramController.class)
 * class ProgramControllerTests {
 *     &#64;Autowired MockMvc mvc;
 *     &#64;MockitoBean ProgramCatalogue catalogue;
 *
 *     &#64;Test void onlyTheDepartmentChangesATarget() throws Exception {
 *         SignedIn.rule(mvc, () -&gt; get("/programs/X/target")).allows(status().isOk(), PROVINCE_ADMIN).refusesTheRest();
 *     }
 * }
 * </pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
        properties = {
            // templates are parsed once, as in production (the demo profile, the default, re-reads them on every page)
            "spring.thymeleaf.cache=true",
            "chuyi.demo.enabled=false"
        })
@Import({SecuritySlice.class, WebSlice.class})
// the layout's unread count (web.LayoutAdvice) on every page
@MockitoBean(types = NotificationCenter.class)
public @interface ControllerSlice {

    /** The controllers under test; the slice holds no other controller. */
    @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
    Class<?>[] value() default {};
}
