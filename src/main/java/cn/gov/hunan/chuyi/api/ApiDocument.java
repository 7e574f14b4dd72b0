package cn.gov.hunan.chuyi.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of the API (/api/v1/openapi.json, springdoc; {@code springdoc.*} in application.properties
 * limits it to this package and /api/v1/**): the endpoints, their records, and the bearer key they need.
 */
@Configuration
class ApiDocument {

    static final String BEARER = "apiKey";

    @Bean
    OpenAPI chuyiApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("楚怡 portal read-only API")
                        .version("v1")
                        .description("Programme catalogue, register of designated projects, published supervision"
                                + " results and public 公示 notices. Authorization: Bearer <key> (issued at"
                                + " /admin/api-keys); 401 for a missing, unknown, revoked or expired key, 403 outside"
                                + " the key's scopes, 429 with Retry-After above the key's rate (counted by each"
                                + " server instance on its own: behind N instances a key may make up to N times"
                                + " chuyi.api.requests-per-minute calls a minute). Every error, 404 for an unknown"
                                + " path and 500 included, is an RFC 9457 problem (application/problem+json: type,"
                                + " title, status, detail, instance), its title and detail in the language of"
                                + " Accept-Language (en for English, Chinese otherwise); read status and type."))
                .components(new Components()
                        .addSecuritySchemes(
                                BEARER,
                                new SecurityScheme()
                                        .type(SecurityScheme.Type.HTTP)
                                        .scheme("bearer")));
    }
}
