package cn.gov.hunan.chuyi.web;

import java.util.List;
import java.util.Set;

/**
 * One entry of the navigation bar as the layout shows it: a {@link MenuItem} the user may open, with its label already
 * in the page's language ({@code text}). Built once per set of roles and language ({@link Menu}), so rendering the
 * bar looks up no message and asks no security rule.
 */
public record NavEntry(String id, String text, String path, List<NavEntry> links, Set<String> activeFor) {

    public NavEntry {
        links = List.copyOf(links);
        activeFor = Set.copyOf(activeFor);
    }

    public boolean dropdown() {
        return path == null;
    }

    /** Whether this entry is the current one on a page that calls itself {@code menu}. */
    public boolean activeOn(String menu) {
        return menu != null && activeFor.contains(menu);
    }
}
