package org.stratum.app.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.attoparser.dom.DOMMarkupParser;
import org.attoparser.dom.Element;
import org.attoparser.dom.INestableNode;
import org.attoparser.dom.INode;
import org.attoparser.dom.Text;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Pages take their wording from messages.properties (`#{…}`), so it can be reviewed and translated in
 * one place. Templates are read with AttoParser, the parser Thymeleaf itself renders them with, so an
 * element's body is seen exactly as Thymeleaf sees it.
 */
class TemplateWordingTests {

    /** Templates allowed literal wording, each with its reason. */
    static final Map<String, String> EXCLUDED = Map.of(
            "selfid/kiosk-code.html", "the patient's kiosk has its own bundle per language (workflow/selfid)",
            "selfid/kiosk-form.html", "the patient's kiosk has its own bundle per language (workflow/selfid)",
            "selfid/kiosk-parts.html", "the patient's kiosk has its own bundle per language (workflow/selfid)",
            "selfid/kiosk-thanks.html", "the patient's kiosk has its own bundle per language (workflow/selfid)",
            "measures/chart-svg.html", "a chart drawn as SVG, also served alone as a file",
            "measures/rate-chart.html", "a chart drawn as SVG, also served alone as a file");

    /** Attributes whose value replaces the element's body: the text written inside is only a prototype. */
    static final Set<String> BODY_REPLACED = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:errors",
            "sec:authentication", "data-th-text", "data-th-utext");

    /** Elements whose text is not wording: scripts, styles, and code such as commands and file names. */
    static final Set<String> NOT_WORDING = Set.of("script", "style", "code");

    static final Pattern WORD = Pattern.compile("\\p{L}");
    static final Pattern INLINED = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    static final Pattern MESSAGE_KEY = Pattern.compile("#\\{([\\w.-]+)");

    @Test
    void noTemplateHasLiteralWordingOutsideTheMessageBundle() throws Exception {
        List<String> literals = new ArrayList<>();
        for (Resource template : templates()) {
            String name = nameOf(template);
            if (!EXCLUDED.containsKey(name)) {
                literalWording(read(template)).forEach(text -> literals.add(name + ": " + text));
            }
        }
        assertThat(literals).as("literal wording in templates; move it to messages.properties").isEmpty();
    }

    @Test
    void everyExclusionNamesATemplateThatExists() throws IOException {
        Set<String> names = new TreeSet<>();
        for (Resource template : templates()) {
            names.add(nameOf(template));
        }
        assertThat(names).containsAll(EXCLUDED.keySet());
    }

    @Test
    void aSentenceOutsideTheBundleIsFoundButPrototypesAndCodeAreNot() throws ParseException {
        String page = """
                <main>
                  <h1 th:text="#{home.home}">Home page title</h1>
                  <p>Nothing imported yet, run <code>./stratum import</code>.</p>
                  <p><th:block th:text="#{home.from}">From</th:block> [[${round}]] <strong sec:authentication="name">Pat Doe</strong></p>
                  <p th:errors="*{files}">Some error</p>
                  <span>Priority</span>
                </main>""";

        assertThat(literalWording(page)).containsExactly("Nothing imported yet, run");
    }

    @Test
    void everyMessageKeyATemplateUsesIsInTheBundle() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = new PathMatchingResourcePatternResolver().getResource("classpath:messages.properties")
                .getInputStream()) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> missing = new TreeSet<>();
        for (Resource template : templates()) {
            Matcher key = MESSAGE_KEY.matcher(read(template));
            while (key.find()) {
                if (!bundle.containsKey(key.group(1))) {
                    missing.add(nameOf(template) + ": " + key.group(1));
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /** Text nodes of two or more words that Thymeleaf would send to the browser as written. */
    static List<String> literalWording(String template) throws ParseException {
        List<String> found = new ArrayList<>();
        collect(new DOMMarkupParser(ParseConfiguration.htmlConfiguration()).parse(template), found);
        return found;
    }

    private static void collect(INestableNode node, List<String> found) {
        if (node instanceof Element element && (replacesBody(element) || NOT_WORDING.contains(element.getElementName()))) {
            return;
        }
        for (INode child : node.getChildren()) {
            if (child instanceof INestableNode nested) {
                collect(nested, found);
            } else if (child instanceof Text text) {
                String shown = INLINED.matcher(text.getContent()).replaceAll(" ").strip().replaceAll("\\s+", " ");
                if (Arrays.stream(shown.split(" ")).filter(w -> WORD.matcher(w).find()).count() >= 2) {
                    found.add(shown);
                }
            }
        }
    }

    private static boolean replacesBody(Element element) {
        String remove = element.getAttributeValue("th:remove");
        return BODY_REPLACED.stream().anyMatch(element::hasAttribute) || "all".equals(remove) || "body".equals(remove);
    }

    private static Resource[] templates() throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath:templates/**/*.html");
    }

    private static String nameOf(Resource template) throws IOException {
        String url = template.getURL().toString();
        return url.substring(url.lastIndexOf("/templates/") + "/templates/".length());
    }

    private static String read(Resource template) throws IOException {
        try (InputStream in = template.getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
