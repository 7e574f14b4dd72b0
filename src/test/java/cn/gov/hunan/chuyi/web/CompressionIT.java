package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.hunan.chuyi.support.PostgresIntegrationTest;
import cn.gov.hunan.chuyi.support.RawHttp;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Large answers travel gzip-encoded to clients that accept it, and unchanged to those that do not. */
class CompressionIT extends PostgresIntegrationTest {

    @LocalServerPort
    int port;

    private RawHttp http;

    @BeforeEach
    void client() {
        http = new RawHttp(port);
    }

    @Test
    void aPageIsGzipEncodedWhenTheClientAcceptsIt() throws Exception {
        var compressed = http.get("/publicity", "Accept-Encoding: gzip, deflate, br");
        assertThat(compressed.status()).isEqualTo(200);
        assertThat(compressed.header("Content-Encoding")).hasValue("gzip");
        assertThat(compressed.header("Vary"))
                .hasValueSatisfying(v -> assertThat(v).containsIgnoringCase("Accept-Encoding"));

        var plain = http.get("/publicity");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.header("Content-Encoding")).isEmpty();
        assertThat(plain.body()).contains("</html>");
    }

    @Test
    void aStyleSheetIsCompressedToo() throws Exception {
        var css = http.get("/webjars/bootstrap/css/bootstrap.min.css", "Accept-Encoding: gzip");
        assertThat(css.status()).isEqualTo(200);
        assertThat(css.header("Content-Encoding")).hasValue("gzip");
    }
}
