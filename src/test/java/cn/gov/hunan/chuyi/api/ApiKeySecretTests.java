package cn.gov.hunan.chuyi.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A key's form, hash and scopes: what the table keeps, what a call must present, what each scope opens. */
class ApiKeySecretTests {

    @Test
    void aKeyIsRandomAndWellFormedAndOnlyItsHashIsKept() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String key = ApiKeySecret.generate();
            assertThat(key).matches("chy_[0-9a-f]{8}_[A-Za-z0-9_-]{43}");
            assertThat(seen.add(key)).isTrue();
            assertThat(ApiKeySecret.prefixOf(key)).isEqualTo(key.substring(4, 12));
        }
        String key = ApiKeySecret.generate();
        var stored = new ApiKey("x", key, EnumSet.of(ApiScope.PROJECTS), "secadmin", Instant.EPOCH, Instant.MAX);
        assertThat(ApiKeySecret.hash(key)).hasSize(64).doesNotContain(key.substring(13));
        assertThat(stored.matches(key)).isTrue();
        assertThat(stored.matches(key.substring(0, key.length() - 1) + (key.endsWith("A") ? "B" : "A")))
                .isFalse();
        assertThat(stored.prefix()).isEqualTo(ApiKeySecret.prefixOf(key));
    }

    @Test
    void anythingButAWellFormedKeyHasNoPrefix() {
        assertThat(ApiKeySecret.prefixOf(null)).isNull();
        assertThat(ApiKeySecret.prefixOf("")).isNull();
        assertThat(ApiKeySecret.prefixOf("chy_0123abcd_short")).isNull();
        assertThat(ApiKeySecret.prefixOf("chy_0123ABCD_" + "a".repeat(43))).isNull();
        assertThat(ApiKeySecret.prefixOf("chy_0123abcd_" + "a".repeat(43) + " "))
                .isNull();
        assertThat(ApiKeySecret.prefixOf("chy_0123abcd_" + "a".repeat(43))).isEqualTo("0123abcd");
    }

    @Test
    void eachScopeOpensItsOwnPathsOnly() {
        assertThat(ApiScope.of("/api/v1/programs")).contains(ApiScope.PROGRAMS);
        assertThat(ApiScope.of("/api/v1/projects")).contains(ApiScope.PROJECTS);
        assertThat(ApiScope.of("/api/v1/supervision/results/2025")).contains(ApiScope.SUPERVISION);
        assertThat(ApiScope.of("/api/v1/publicity/12")).contains(ApiScope.PUBLICITY);
        assertThat(ApiScope.of("/api/v1/programsX")).isEmpty();
        assertThat(ApiScope.of("/api/v1/openapi.json")).isEqualTo(Optional.empty());
    }

    @Test
    void scopesAreKeptAsNamesInTheirOrder() {
        assertThat(ApiScope.join(EnumSet.of(ApiScope.PUBLICITY, ApiScope.PROGRAMS)))
                .isEqualTo("PROGRAMS,PUBLICITY");
        assertThat(ApiScope.split("PROGRAMS,PUBLICITY")).containsExactly(ApiScope.PROGRAMS, ApiScope.PUBLICITY);
        assertThat(ApiScope.split("")).isEmpty();
    }
}
