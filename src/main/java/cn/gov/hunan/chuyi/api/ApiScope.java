package cn.gov.hunan.chuyi.api;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** What a key may read: each scope opens the endpoints under its path. */
public enum ApiScope {
    /** The programme catalogue with progress. */
    PROGRAMS("/api/v1/programs"),
    /** The register of designated projects. */
    PROJECTS("/api/v1/projects"),
    /** Published supervision results. */
    SUPERVISION("/api/v1/supervision"),
    /** The public 公示 lists. */
    PUBLICITY("/api/v1/publicity");

    private final String path;

    ApiScope(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** The scope a path needs; empty for a path no scope opens (the OpenAPI document: any valid key reads it). */
    static Optional<ApiScope> of(String path) {
        return Arrays.stream(values())
                .filter(s -> path.equals(s.path) || path.startsWith(s.path + "/"))
                .findFirst();
    }

    /** The scopes as the table keeps them: names, comma-separated, in declaration order. */
    static String join(Set<ApiScope> scopes) {
        return scopes.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    static Set<ApiScope> split(String joined) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        if (joined != null && !joined.isBlank()) {
            Arrays.stream(joined.split(","))
                    .map(String::trim)
                    .map(ApiScope::valueOf)
                    .forEach(scopes::add);
        }
        return scopes;
    }
}
