package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code stays in pieces a newcomer can hold (issue #15): no module above {@value #MODULE_LINES} lines, no class
 * above {@value #CLASS_LINES} lines unless a comment near its top says why ("Longer than 250 lines because …").
 * A module is a top-level package under {@code cn.gov.hunan.chuyi}; a nested Spring Modulith module (a sub-package
 * whose package-info carries {@code @ApplicationModule}) counts on its own and not toward its parent. Lines are the
 * lines of code of the .java files under src/main/java: blank lines and comment lines do not count, so the measure is
 * the same whether the formatter puts a call's arguments on one line or one a line (it does the latter above 120
 * columns), and a comment that explains is never a reason to cut.
 *
 * <p>A module may be larger only when its package-info says why ("Larger than 3,000 lines because …": parts that share
 * one lifecycle, which nested modules would report as cycles) and each of its sub-packages stays within the limit.
 */
class CodeShapeTests {

    static final int MODULE_LINES = 3_000;
    static final int CLASS_LINES = 250;
    static final String REASON = "Longer than 250 lines because";
    static final String MODULE_REASON = "Larger than 3,000 lines because";

    private static final Path ROOT = Path.of("src/main/java/cn/gov/hunan/chuyi");
    private static final Pattern APPLICATION_MODULE =
            Pattern.compile("@(org\\.springframework\\.modulith\\.)?ApplicationModule\\b");
    private static final Pattern TYPE_DECLARATION = Pattern.compile(
            "^(public |protected |private |abstract |final |sealed |non-sealed |static )*(class|interface|enum|record|@interface) \\w+");
    /** How far below the type's declaration the reason may stand (after its annotations, say). */
    private static final int NEAR_THE_TOP = 10;

    @Test
    void noModuleAndNoClassIsLongerThanAllowed() throws IOException {
        List<String> offences = new ArrayList<>();
        for (var module : moduleSizes().entrySet()) {
            if (module.getValue() > MODULE_LINES && !explainsItsSize(module.getKey(), offences)) {
                offences.add("module " + module.getKey() + ": " + module.getValue() + " lines (at most " + MODULE_LINES
                        + "; split it into nested modules, or say in its package-info \"" + MODULE_REASON + " …\")");
            }
        }
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            int code = linesOfCode(file);
            if (code > CLASS_LINES && !explainsItsLength(lines)) {
                offences.add(ROOT.relativize(file) + ": " + code + " lines of code, no comment near its top saying \""
                        + REASON + " …\"");
            }
        }
        assertThat(offences).as(String.join("\n", offences)).isEmpty();
    }

    /** Lines per module: top-level packages, and nested application modules on their own. */
    static Map<String, Integer> moduleSizes() throws IOException {
        List<Path> nested = nestedModules();
        Map<String, Integer> sizes = new TreeMap<>();
        for (Path file : javaFiles()) {
            Path relative = ROOT.relativize(file);
            if (relative.getNameCount() < 2) {
                continue; // the application class belongs to no module
            }
            Path module = nested.stream()
                    .filter(file::startsWith)
                    .max((a, b) -> Integer.compare(a.getNameCount(), b.getNameCount()))
                    .orElse(ROOT.resolve(relative.getName(0)));
            String name = ROOT.relativize(module).toString().replace('/', '.').replace('\\', '.');
            sizes.merge(name, linesOfCode(file), Integer::sum);
        }
        return sizes;
    }

    /** A large module's package-info gives its reason, and each of its sub-packages stays within the limit. */
    private static boolean explainsItsSize(String module, List<String> offences) throws IOException {
        Path base = ROOT.resolve(module.replace('.', '/'));
        Path info = base.resolve("package-info.java");
        if (!Files.exists(info) || !Files.readString(info).contains(MODULE_REASON)) {
            return false;
        }
        Map<String, Integer> parts = new TreeMap<>();
        for (Path file : javaFiles()) {
            if (file.startsWith(base) && base.relativize(file).getNameCount() > 1) {
                parts.merge(base.relativize(file).getName(0).toString(), linesOfCode(file), Integer::sum);
            }
        }
        parts.forEach((part, lines) -> {
            if (lines > MODULE_LINES) {
                offences.add("part " + module + "." + part + ": " + lines + " lines (at most " + MODULE_LINES + ")");
            }
        });
        return true;
    }

    /** Lines that are neither blank nor only a comment (line comments, and the lines of block and doc comments). */
    static int linesOfCode(Path file) throws IOException {
        int code = 0;
        boolean inComment = false;
        for (String raw : Files.readAllLines(file)) {
            String line = raw.strip();
            if (inComment) {
                inComment = !line.contains("*/");
                continue;
            }
            if (line.isEmpty() || line.startsWith("//")) {
                continue;
            }
            if (line.startsWith("/*")) {
                inComment = !line.contains("*/");
                continue;
            }
            code++;
        }
        return code;
    }

    private static boolean explainsItsLength(List<String> lines) {
        int declaration = 0;
        while (declaration < lines.size()
                && !TYPE_DECLARATION.matcher(lines.get(declaration).strip()).find()) {
            declaration++;
        }
        return lines.subList(0, Math.min(lines.size(), declaration + NEAR_THE_TOP)).stream()
                .anyMatch(line -> line.contains(REASON));
    }

    /** Sub-packages (below a top-level package) declared as application modules of their own. */
    private static List<Path> nestedModules() throws IOException {
        List<Path> nested = new ArrayList<>();
        for (Path file : javaFiles()) {
            if (file.getFileName().toString().equals("package-info.java")
                    && ROOT.relativize(file).getNameCount() > 2
                    && APPLICATION_MODULE.matcher(Files.readString(file)).find()) {
                nested.add(file.getParent());
            }
        }
        return nested;
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(ROOT)) {
            return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
    }

    /** The counting itself, which runs while the rule waits: today's modules are all found, and counted whole. */
    @Test
    void countsEveryTopLevelModule() throws IOException {
        Map<String, Integer> sizes = moduleSizes();
        assertThat(sizes).containsKeys("account", "selection", "supervision", "project", "shared", "web");
        long total = 0;
        for (Path file : javaFiles()) {
            if (ROOT.relativize(file).getNameCount() >= 2) {
                total += linesOfCode(file);
            }
        }
        assertThat(sizes.values().stream().mapToLong(Integer::longValue).sum()).isEqualTo(total);
    }

    @Test
    void onlyLinesOfCodeCount(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("Sample.java");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "package x;",
                        "",
                        "/**",
                        " * Why.",
                        " */",
                        "class Sample {",
                        "    // a note",
                        "    int a; /* inline */",
                        "    /* one line */",
                        "    int b;",
                        "}"));
        assertThat(linesOfCode(file)).isEqualTo(5);
    }
}
