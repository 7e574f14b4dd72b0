package cn.gov.hunan.chuyi.web;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * One entry of the navigation bar: a link ({@code path}) or a drop-down of links ({@code links}). {@code activeFor}
 * names the pages' {@code menu} values under which the entry is marked as the current one.
 */
public record MenuItem(String id, String label, String path, List<MenuItem> links, Set<String> activeFor) {

    public MenuItem {
        links = List.copyOf(links);
        activeFor = Set.copyOf(activeFor);
    }

    static MenuItem link(String id, String label, String path, String... activeFor) {
        return new MenuItem(id, label, path, List.of(), Set.of(activeFor));
    }

    static MenuItem dropdown(String id, String label, Set<String> activeFor, MenuItem... links) {
        return new MenuItem(id, label, null, List.of(links), activeFor);
    }

    public boolean dropdown() {
        return path == null;
    }

    /** Whether this entry is the current one on a page that calls itself {@code menu}. */
    public boolean activeOn(String menu) {
        return menu != null && activeFor.contains(menu);
    }

    /** This entry with only the links the predicate keeps; a drop-down left without links is no entry. */
    MenuItem keeping(Predicate<String> mayOpen) {
        if (!dropdown()) {
            return mayOpen.test(path) ? this : null;
        }
        List<MenuItem> kept = links.stream().filter(l -> mayOpen.test(l.path())).toList();
        return kept.isEmpty() ? null : new MenuItem(id, label, null, kept, activeFor);
    }
}
