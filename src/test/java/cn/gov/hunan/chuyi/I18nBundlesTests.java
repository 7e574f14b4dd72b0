package cn.gov.hunan.chuyi;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every label comes from the bundles, and every bundle exists in Chinese and in English. */
class I18nBundlesTests {

    private static final Path I18N = Path.of("src/main/resources/i18n");
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([A-Za-z][A-Za-z0-9_.]*)[}(]");
    /** Language names are written in their own language (an autonym), as every language switch does. */
    private static final Set<String> AUTONYMS = Set.of("中文");

    private static Properties load(Path file) throws IOException {
        var properties = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static List<Path> baseBundles() throws IOException {
        try (Stream<Path> files = Files.list(I18N)) {
            return files.filter(f -> !f.getFileName().toString().contains("_"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyChineseBundleHasAnEnglishTwinWithTheSameKeys() throws IOException {
        assertThat(baseBundles()).isNotEmpty();
        for (Path base : baseBundles()) {
            Path english = base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties"));
            assertThat(english).as("English bundle of " + base).exists();
            var zh = new TreeSet<>(load(base).stringPropertyNames());
            var en = new TreeSet<>(load(english).stringPropertyNames());
            assertThat(en).as(english.toString()).isEqualTo(zh);
            load(english)
                    .forEach((key, value) -> assertThat(
                                    HAN.matcher(value.toString()).find())
                            .as("English text of %s in %s", key, english)
                            .isFalse());
        }
    }

    /**
     * A message with arguments goes through MessageFormat, which reads a single apostrophe as the start of quoted
     * text: "the experts' totals … ({1})" came out as "the experts totals … ({1})", the argument never filled in.
     */
    @Test
    void aMessageWithArgumentsWritesItsApostrophesTwice() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        List<String> wrong = new ArrayList<>();
        for (Path base : baseBundles()) {
            for (Path bundle : List.of(
                    base,
                    base.resolveSibling(base.getFileName().toString().replace(".properties", "_en.properties")))) {
                load(bundle).forEach((key, value) -> {
                    String text = value.toString();
                    if (argument.matcher(text).find()
                            && loneApostrophe.matcher(text).find()) {
                        wrong.add(bundle.getFileName() + ": " + key);
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void everyBundleIsListedInTheApplicationProperties() throws IOException {
        var basenames =
                load(Path.of("src/main/resources/application.properties")).getProperty("spring.messages.basename");
        for (Path base : baseBundles()) {
            assertThat(basenames)
                    .contains("i18n/" + base.getFileName().toString().replace(".properties", ""));
        }
    }

    @Test
    void templatesHoldNoLiteralChineseText() throws IOException {
        for (Path template : templates()) {
            String html = Files.readString(template);
            for (String autonym : AUTONYMS) {
                html = html.replace(autonym, "");
            }
            assertThat(HAN.matcher(html).find())
                    .as("literal Chinese text in " + template)
                    .isFalse();
        }
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        Set<String> keys = new HashSet<>();
        for (Path base : baseBundles()) {
            keys.addAll(load(base).stringPropertyNames());
        }
        for (Path template : templates()) {
            var matcher = MESSAGE_KEY.matcher(Files.readString(template));
            while (matcher.find()) {
                assertThat(keys).as("message key used in " + template).contains(matcher.group(1));
            }
        }
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).toList();
        }
    }
}
