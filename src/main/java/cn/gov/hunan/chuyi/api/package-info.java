/**
 * The read-only API (/api/v1/**) for the province's data centre: the programme catalogue with progress, the register
 * of designated projects, published supervision results and the public 公示 lists, as JSON described by an OpenAPI
 * document (/api/v1/openapi.json). Callers are machines holding an API key the security administrator issues at
 * /admin/api-keys (hashed at rest, scoped, with an expiry, revocable); its own stateless filter chain checks the key,
 * its scope and a per-key rate, and writes every call to the audit log. Reads the other modules through their APIs.
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "account", "program", "project", "selection", "supervision"})
package cn.gov.hunan.chuyi.api;
