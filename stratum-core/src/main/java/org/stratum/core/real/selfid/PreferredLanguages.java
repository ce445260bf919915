package org.stratum.core.real.selfid;

import java.util.List;
import java.util.Locale;

/**
 * The languages the form offers for "In which language do you prefer to receive your care?":
 * English, the usual California Medi-Cal threshold languages (real-standards.md §3; Cantonese and
 * Chinese apart, since an interpreter needs to know) and American Sign Language. BCP-47 codes as US
 * Core's simple-language binding allows them; names come from the JDK, never typed in.
 */
public final class PreferredLanguages {

    public static final List<String> CODES = List.of("en", "es", "yue", "zh", "vi", "tl", "ko", "hy", "ru", "fa",
            "ar", "hmn", "km", "uk", "ja", "pa", "lo", "ase");

    private PreferredLanguages() {
    }

    public static boolean offered(String code) {
        return CODES.contains(code);
    }

    /**
     * The language's name in {@code reader}'s language, with its own name after it when that differs
     * ("Spanish (español)"), so a patient finds their language in any version of the form. The JDK
     * names some languages only in English; that name is used where it has none in the reader's.
     */
    public static String name(String code, Locale reader) {
        Locale language = Locale.forLanguageTag(code);
        String name = named(language, reader);
        String own = named(language, language);
        return own.equals(name) || own.equals(code) ? name : name + " (" + own + ")";
    }

    private static String named(Locale language, Locale reader) {
        String name = language.getDisplayLanguage(reader);
        return name.equals(language.getLanguage()) ? language.getDisplayLanguage(Locale.ENGLISH) : name;
    }
}
