package cn.gov.hunan.chuyi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Each static link's version is looked up once, also when the resource chain has none to give. */
class KnownVersionsTests {

    private final ResourceUrlProvider urls = mock(ResourceUrlProvider.class);
    private final StaticResources.KnownVersions known = new StaticResources.KnownVersions();

    @Test
    void aVersionIsLookedUpOnceAndKept() {
        when(urls.getForLookupPath("/css/portal.css")).thenReturn("/css/portal-0123.css");

        assertThat(known.of("/css/portal.css", urls)).isEqualTo("/css/portal-0123.css");
        assertThat(known.of("/css/portal.css", urls)).isEqualTo("/css/portal-0123.css");
        verify(urls, times(1)).getForLookupPath("/css/portal.css");
    }

    /** The chain keeps only what it found: an address it cannot version cost a class-path search on every page. */
    @Test
    void anAddressWithoutAVersionIsAlsoAskedOnce() {
        assertThat(known.of("/css/portal-0123.css", urls)).isEqualTo("/css/portal-0123.css");
        assertThat(known.of("/css/portal-0123.css", urls)).isEqualTo("/css/portal-0123.css");
        verify(urls, times(1)).getForLookupPath("/css/portal-0123.css");
    }

    @Test
    void itKeepsNoMoreThanItsBound() {
        for (int i = 0; i < StaticResources.KnownVersions.MAX_KEPT + 10; i++) {
            known.of("/img/" + i + ".svg", urls);
        }
        assertThat(known.size()).isEqualTo(StaticResources.KnownVersions.MAX_KEPT);
        assertThat(known.of("/img/x.svg", urls)).isEqualTo("/img/x.svg");
    }
}
