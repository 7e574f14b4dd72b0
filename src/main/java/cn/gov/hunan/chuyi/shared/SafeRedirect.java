package cn.gov.hunan.chuyi.shared;

import java.net.URI;

/** Where to send a user back to after a refused action: the page they came from, never another site. */
public final class SafeRedirect {

    private SafeRedirect() {}

    /** {@code redirect:} to the path and query of the Referer header, or to the dashboard. */
    public static String back(String referer) {
        try {
            if (referer != null) {
                URI uri = URI.create(referer);
                String path = uri.getRawPath();
                if (path != null && path.startsWith("/") && !path.startsWith("//")) {
                    return "redirect:" + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
                }
            }
        } catch (IllegalArgumentException unparsable) {
            // fall through to the dashboard
        }
        return "redirect:/";
    }
}
