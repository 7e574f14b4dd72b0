package cn.gov.hunan.chuyi.web;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** Links to another page of the current list, keeping every filter of the current request. */
@Component("pageLinks")
class PageLinks {

    public String to(int page) {
        return ServletUriComponentsBuilder.fromCurrentRequest()
                .replaceQueryParam("page", page)
                .replaceQueryParam("continue")
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }

    /** The same filters on another path, e.g. the Excel export of the list shown; the page number is dropped. */
    public String export(String path) {
        String query = ServletUriComponentsBuilder.fromCurrentRequest().build().getQuery();
        return ServletUriComponentsBuilder.fromCurrentContextPath()
                .path(path)
                .query(query)
                .replaceQueryParam("page")
                .replaceQueryParam("continue")
                .build()
                .toUriString()
                .replaceFirst("^[a-z]+://[^/]+", "");
    }
}
