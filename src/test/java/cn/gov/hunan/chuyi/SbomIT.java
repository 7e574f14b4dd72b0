package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** After packaging (hence an IT): the build writes a CycloneDX bill of materials that lists the libraries the portal ships with. */
class SbomIT {

    @Test
    void theJarCarriesABillOfMaterialsOfItsDependencies() throws Exception {
        var sbom = new ClassPathResource("META-INF/sbom/application.cdx.json");
        assertThat(sbom.exists()).isTrue();
        String json = sbom.getContentAsString(StandardCharsets.UTF_8);
        assertThat(json)
                .contains("\"bomFormat\" : \"CycloneDX\"")
                .contains("spring-security-core")
                .contains("poi-ooxml")
                .contains("\"purl\"");
    }
}
