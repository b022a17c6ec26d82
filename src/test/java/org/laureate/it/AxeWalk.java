package org.laureate.it;

import com.deque.html.axecore.args.AxeRunOptions;
import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Walks the pages a visitor reaches through the links on them and runs axe-core's rules on each, once the page and
 * its Ajax requests have settled. A page is one view with one set of parameter names: the first petition's page stands
 * for every petition's.
 */
final class AxeWalk {

    /** The impacts that fail the walk. */
    static final Set<String> BLOCKING = Set.of("serious", "critical");

    /** The parameter of the language menu's links. */
    private static final String LANGUAGE_PARAMETER = "lang";

    private static final List<String> IMPACTS = List.of("critical", "serious", "moderate", "minor");

    private final WebDriver driver;
    private final List<Finding> findings = new ArrayList<>();
    private int analysed;
    /** For each analysis, the time to open the page and the time of axe-core on it. */
    private final List<String> times = new ArrayList<>();

    AxeWalk(WebDriver driver) {
        this.driver = driver;
    }

    /** One rule broken on one page, with the selectors of the nodes that break it. */
    record Finding(String page, String language, String role, String rule, String impact, List<String> nodes,
            String detail) {

        @Override
        public String toString() {
            return page + " [" + language + ", " + role + "] " + rule + " (" + impact + "): "
                    + String.join(" | ", nodes);
        }
    }

    /**
     * Walks from the starting pages through the links to views of this application, analysing each page on the way in
     * {@code language}: one address for each view and set of parameter names, at most {@code limit} of them, in the
     * order found.
     */
    List<String> crawl(String base, List<String> starts, int limit, String language, String role) {
        var origin = URI.create(base);
        var seen = new LinkedHashMap<String, String>();
        var queue = new ArrayDeque<String>(starts);
        while (!queue.isEmpty() && seen.size() < limit) {
            var url = queue.poll();
            var key = key(url);
            if (seen.containsKey(key)) {
                continue;
            }
            analyse(url, base, language, role);
            seen.put(key, url);
            for (String href : links()) {
                var target = URI.create(href);
                if (origin.getHost().equals(target.getHost()) && origin.getPort() == target.getPort()
                        && target.getPath().endsWith(".xhtml") && !seen.containsKey(key(href))) {
                    queue.add(withoutLanguage(href.replaceFirst(";jsessionid=[^?#]*", "").replaceFirst("#.*", "")));
                }
            }
        }
        return List.copyOf(seen.values());
    }

    /** Opens the page and runs axe-core on it; what it finds is kept for {@link #blocking()} and the summary. */
    void analyse(String url, String base, String language, String role) {
        var started = System.nanoTime();
        open(url);
        var opened = System.nanoTime();
        var options = new AxeRunOptions();
        options.setResultTypes(List.of("violations"));
        // the pages have no frames: axe-core runs in the page itself, not in parts finished in another window
        var results = new AxeBuilder().disableIframeTesting().setLegacyMode(true).withOptions(options).analyze(driver);
        if (results.getErrorMessage() != null) {
            throw new IllegalStateException("axe-core failed on " + url + ": " + results.getErrorMessage());
        }
        analysed++;
        var page = url.substring(base.length());
        times.add(String.format("%6d ms open %6d ms axe  %s [%s, %s]", (opened - started) / 1_000_000,
                (System.nanoTime() - opened) / 1_000_000, page, language, role));
        for (Rule rule : results.getViolations()) {
            var nodes = rule.getNodes().stream().map(AxeWalk::selector).toList();
            var first = rule.getNodes().get(0);
            findings.add(new Finding(page, language, role, rule.getId(), String.valueOf(rule.getImpact()), nodes,
                    first.getHtml() + " " + String.valueOf(first.getFailureSummary()).replace('\n', ' ')));
        }
    }

    private void open(String url) {
        driver.get(url);
        waitUntilIdle(driver);
    }

    /** Until the document has loaded and neither jQuery nor PrimeFaces' Ajax queue has a request pending. */
    static void waitUntilIdle(WebDriver driver) {
        new WebDriverWait(driver, Duration.ofSeconds(60)).until(d -> Boolean.TRUE.equals(
                ((JavascriptExecutor) d).executeScript(
                "return document.readyState === 'complete'"
                        + " && (!window.jQuery || jQuery.active === 0)"
                        + " && (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty());")));
    }

    private List<String> links() {
        var hrefs = new LinkedHashSet<String>();
        // one script for all the links of the page, not two calls of the driver for each
        @SuppressWarnings("unchecked")
        var found = (List<String>) ((JavascriptExecutor) driver).executeScript("return Array.from("
                + "document.querySelectorAll('a[href]'), function (link) { return link.getAttribute('href'); });");
        for (String href : found) {
            if (href != null && !href.startsWith("#") && !href.startsWith("javascript:")) {
                hrefs.add(URI.create(driver.getCurrentUrl()).resolve(href.replace(" ", "%20")).toString());
            }
        }
        return List.copyOf(hrefs);
    }

    /** The address without the language switch, which would override the language the walk sets by its cookie. */
    private static String withoutLanguage(String url) {
        var query = url.indexOf('?');
        if (query < 0) {
            return url;
        }
        var kept = Arrays.stream(url.substring(query + 1).split("&"))
                .filter(pair -> !LANGUAGE_PARAMETER.equals(pair.split("=", 2)[0]))
                .collect(Collectors.joining("&"));
        return url.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
    }

    /**
     * The view's path and the names of its parameters but the language switch's: a page followed from a link of the
     * language menu is the page itself, analysed in every language anyway.
     */
    private static String key(String url) {
        var uri = URI.create(url);
        var names = new TreeSet<String>();
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                var name = pair.split("=", 2)[0];
                if (!LANGUAGE_PARAMETER.equals(name)) {
                    names.add(name);
                }
            }
        }
        return uri.getPath().replaceFirst(";jsessionid=.*", "") + names;
    }

    private static String selector(CheckedNode node) {
        return String.valueOf(node.getTarget());
    }

    List<Finding> blocking() {
        return findings.stream().filter(finding -> BLOCKING.contains(finding.impact())).toList();
    }

    /** The figure: pages analysed, and the violations (rule on a page) and their nodes by impact and by rule. */
    String summary(int pages, int languages, int roles) {
        var byImpact = new LinkedHashMap<String, int[]>();
        IMPACTS.forEach(impact -> byImpact.put(impact, new int[2]));
        var byRule = new TreeMap<String, int[]>();
        for (Finding finding : findings) {
            var counts = byImpact.computeIfAbsent(finding.impact(), impact -> new int[2]);
            counts[0]++;
            counts[1] += finding.nodes().size();
            var rule = byRule.computeIfAbsent(finding.rule() + " (" + finding.impact() + ")", name -> new int[2]);
            rule[0]++;
            rule[1] += finding.nodes().size();
        }
        var text = new StringBuilder()
                .append("axe-core: ").append(pages).append(" pages × ").append(languages).append(" languages (")
                .append(analysed).append(" analyses over ").append(roles).append(" roles): ")
                .append(findings.size()).append(" violations, ")
                .append(findings.stream().mapToInt(finding -> finding.nodes().size()).sum()).append(" nodes; ")
                .append(byImpact.entrySet().stream()
                        .map(entry -> entry.getKey() + " " + entry.getValue()[0] + " (" + entry.getValue()[1]
                                + " nodes)")
                        .collect(Collectors.joining(", ")));
        byRule.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, int[]> entry) -> -entry.getValue()[1]))
                .forEach(entry -> text.append("\n  ").append(entry.getKey()).append(": ")
                        .append(entry.getValue()[0]).append(" violations, ").append(entry.getValue()[1])
                        .append(" nodes"));
        return text.toString();
    }

    List<String> times() {
        return List.copyOf(times);
    }

    List<Finding> findings() {
        return List.copyOf(findings);
    }
}
