package cn.gov.hunan.chuyi.account.signin;

import static org.mockito.Mockito.mock;

import cn.gov.hunan.chuyi.account.lockout.SignInGuard;
import cn.gov.hunan.chuyi.account.password.PasswordService;
import cn.gov.hunan.chuyi.account.policy.PolicyService;
import cn.gov.hunan.chuyi.account.session.SessionLifetime;
import cn.gov.hunan.chuyi.account.twofactor.TwoFactorService;
import cn.gov.hunan.chuyi.shared.PortalTime;
import cn.gov.hunan.chuyi.shared.PublicPages;
import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.core.type.classreading.MetadataReaderFactory;
import org.springframework.core.type.filter.TypeFilter;
import org.springframework.session.FindByIndexNameSessionRepository;

/**
 * The portal's real security chain for controller slices ({@code support.ControllerSlice}): {@link SecurityConfiguration}
 * with its method security, the sign-in flow filter ({@link SignInFlow}, picked up by the slice as a filter) and every
 * module's {@link PublicPages}, so a slice answers exactly what the application answers: 302 to the sign-in page for a
 * visitor, 403 for a role the endpoint's {@code @PreAuthorize} does not name, the public pages open. What the chain
 * needs only at sign-in (accounts, lockout counters, the policy, the session store) is a mock: a slice signs its user
 * in with {@code SecurityMockMvcRequestPostProcessors.user(...)} and never reaches the database.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({SecurityConfiguration.class, SessionLifetime.class})
@ComponentScan(
        basePackages = "cn.gov.hunan.chuyi",
        useDefaultFilters = false,
        includeFilters =
                @ComponentScan.Filter(type = FilterType.CUSTOM, classes = SecuritySlice.DeclaresPublicPages.class))
public class SecuritySlice {

    @Bean
    SignInGuard signInGuard() {
        return mock(SignInGuard.class);
    }

    @Bean
    PortalUserDetailsService portalUserDetailsService() {
        return mock(PortalUserDetailsService.class);
    }

    @Bean
    PolicyService policyService() {
        return mock(PolicyService.class);
    }

    @Bean
    TwoFactorService twoFactorService() {
        return mock(TwoFactorService.class);
    }

    @Bean
    PasswordService passwordService() {
        return mock(PasswordService.class);
    }

    @Bean
    FindByIndexNameSessionRepository<?> sessionRepository() {
        return mock(FindByIndexNameSessionRepository.class);
    }

    @Bean
    Clock clock() {
        return Clock.system(PortalTime.ZONE);
    }

    /**
     * The configuration classes that declare public pages, wherever a module keeps them: a class with a bean method
     * returning {@link PublicPages}. Found by what they declare, not by their names, so a module that moves or adds
     * public pages needs no change here.
     */
    static class DeclaresPublicPages implements TypeFilter {

        @Override
        public boolean match(MetadataReader reader, MetadataReaderFactory factory) {
            return reader.getAnnotationMetadata().getAnnotatedMethods(Bean.class.getName()).stream()
                    .anyMatch(method -> method.getReturnTypeName().equals(PublicPages.class.getName()));
        }
    }
}
