package org.stratum.engine.ingest.mapping;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a BCP-47 language tag as US Core's simple-language value set writes them: a language and
 * optionally a region ({@code es}, {@code yue}, {@code zh-TW}, {@code es-419}), the two-letter code
 * where ISO 639-1 has one. The JDK names the languages; a few ISO 639-3 codes it lacks and California
 * clinics need are listed here.
 */
final class LanguageTags {
    private static final Pattern SIMPLE = Pattern.compile("([a-z]{2,3})(-([A-Z]{2}|[0-9]{3}))?");
    /** ISO 639-3 codes the JDK has no name for: Mandarin, Iu Mien, Mixtec, Triqui, Mam, K'iche'. */
    private static final Set<String> ALSO_KNOWN = Set.of("cmn", "ium", "mix", "trc", "mam", "quc");

    private LanguageTags() {
    }

    /** The tag in canonical case, or why it is not one Stratum accepts. */
    static String check(MappingNode node, String written) {
        String[] parts = written.strip().split("-", 2);
        String tag = parts[0].toLowerCase(Locale.ROOT) + (parts.length > 1 ? "-" + parts[1].toUpperCase(Locale.ROOT) : "");
        if (!SIMPLE.matcher(tag).matches()) {
            throw node.invalid("\"" + written + "\" is not a BCP-47 language tag such as en, es, yue or zh-TW");
        }
        String language = parts[0].toLowerCase(Locale.ROOT);
        Optional<String> shorter = twoLetterCodeFor(language);
        if (shorter.isPresent()) {
            throw node.invalid("\"" + written + "\": BCP-47 writes this language " + shorter.get());
        }
        if (!ALSO_KNOWN.contains(language)
                && Locale.forLanguageTag(language).getDisplayLanguage(Locale.ENGLISH).equals(language)) {
            throw node.invalid("\"" + written + "\" is not a language code Stratum knows (ISO 639, e.g. es, vi, yue, hmn)");
        }
        return tag;
    }

    private static Optional<String> twoLetterCodeFor(String language) {
        if (language.length() != 3) {
            return Optional.empty();
        }
        return Arrays.stream(Locale.getISOLanguages())
                .filter(two -> Locale.forLanguageTag(two).getISO3Language().equals(language))
                .findFirst();
    }
}
