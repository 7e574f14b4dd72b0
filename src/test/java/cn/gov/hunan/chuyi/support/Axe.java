package cn.gov.hunan.chuyi.support;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.openqa.selenium.WebDriver;

/**
 * axe-core run inside the page the browser shows. The script comes from the test jar (no network); only serious
 * and critical violations are reported, the level the portal promises.
 */
public final class Axe {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");

    private Axe() {}

    /** One line per failing node: rule, impact, the node's selector and the start of its markup. */
    public static List<String> seriousViolations(WebDriver browser) {
        var results = new AxeBuilder().analyze(browser);
        List<String> found = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            if (!BLOCKING.contains(rule.getImpact())) {
                continue;
            }
            for (CheckedNode node : rule.getNodes()) {
                String html = node.getHtml() == null ? "" : node.getHtml();
                found.add(rule.getId() + " (" + rule.getImpact() + ") " + node.getTarget() + " "
                        + html.substring(0, Math.min(160, html.length())));
            }
        }
        return found;
    }
}
