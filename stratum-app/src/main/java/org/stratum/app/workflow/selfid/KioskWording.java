package org.stratum.app.workflow.selfid;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.springframework.stereotype.Component;

/**
 * The wording of the self-identification form, the kiosk pages and the staff script in each
 * {@link FormLanguage}, read from UTF-8 message bundles. A key a translation lacks falls back to
 * English (the bundles are tested to have every key). Each bundle names its review status in
 * {@value #REVIEW_KEY}: {@code reviewed} only once community members have reviewed it.
 */
@Component
public class KioskWording {
    static final String BUNDLE = "/org/stratum/app/workflow/selfid/kiosk";
    static final String REVIEW_KEY = "bundle.review";

    private final Map<FormLanguage, Map<String, String>> wording = new EnumMap<>(FormLanguage.class);
    private final Map<FormLanguage, Map<String, String>> ownKeys = new EnumMap<>(FormLanguage.class);

    public KioskWording() {
        Map<String, String> english = read(FormLanguage.ENGLISH);
        for (FormLanguage language : FormLanguage.values()) {
            Map<String, String> own = language == FormLanguage.ENGLISH ? english : read(language);
            Map<String, String> merged = new HashMap<>(english);
            merged.putAll(own);
            ownKeys.put(language, Collections.unmodifiableMap(own));
            wording.put(language, Collections.unmodifiableMap(merged));
        }
    }

    /** Every text of the language by key, English where the translation has none. */
    public Map<String, String> of(FormLanguage language) {
        return wording.get(language);
    }

    /** The texts the language's own bundle has (for the completeness test). */
    Map<String, String> ownTexts(FormLanguage language) {
        return ownKeys.get(language);
    }

    /** True once community members have reviewed the translation (English is the source text). */
    public boolean reviewed(FormLanguage language) {
        return "reviewed".equals(ownKeys.get(language).get(REVIEW_KEY));
    }

    private static Map<String, String> read(FormLanguage language) {
        String path = BUNDLE + language.bundleSuffix() + ".properties";
        try (InputStream in = KioskWording.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("The self-identification wording " + path + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            Map<String, String> texts = new HashMap<>();
            properties.stringPropertyNames().forEach(key -> texts.put(key, properties.getProperty(key)));
            return texts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
