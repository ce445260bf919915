package org.stratum.app.workflow.selfid;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the self-identification form and the staff script are written in, as BCP-47 tags.
 * Each has its own message bundle ({@code org/stratum/app/workflow/selfid/kiosk_<suffix>.properties}) whose
 * header says whether community members have reviewed it.
 */
public enum FormLanguage {
    ENGLISH("en", ""),
    SPANISH("es", "_es"),
    CHINESE_TRADITIONAL("zh-Hant", "_zh_Hant"),
    CHINESE_SIMPLIFIED("zh-Hans", "_zh_Hans"),
    VIETNAMESE("vi", "_vi"),
    TAGALOG("tl", "_tl"),
    KOREAN("ko", "_ko");

    private final String tag;
    private final String bundleSuffix;

    FormLanguage(String tag, String bundleSuffix) {
        this.tag = tag;
        this.bundleSuffix = bundleSuffix;
    }

    public String tag() {
        return tag;
    }

    String bundleSuffix() {
        return bundleSuffix;
    }

    public Locale locale() {
        return Locale.forLanguageTag(tag);
    }

    /** The language's name in itself ("español", "繁體中文"), as a patient looks for it. */
    public String ownName() {
        Locale locale = locale();
        String name = locale.getDisplayName(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    /** The language's name in English, for staff. */
    public String englishName() {
        return locale().getDisplayName(Locale.ENGLISH);
    }

    public static Optional<FormLanguage> ofTag(String tag) {
        return Arrays.stream(values()).filter(l -> l.tag.equalsIgnoreCase(tag)).findFirst();
    }
}
