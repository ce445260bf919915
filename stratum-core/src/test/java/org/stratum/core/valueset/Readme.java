package org.stratum.core.valueset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the CPT-only value sets listed in the README that sits beside the demo CSV. */
final class Readme {

    static final String CPT_ONLY_HEADING = "## Value sets with no demo codes (CPT only)";
    private static final Pattern OID = Pattern.compile("\\b\\d+(?:\\.\\d+){4,}\\b");

    private Readme() {
    }

    /** The OIDs in the README's CPT-only section (up to the next heading). */
    static Set<String> cptOnlyOids() {
        String text = read();
        int start = text.indexOf(CPT_ONLY_HEADING);
        if (start < 0) {
            throw new AssertionError("README.md has no section '" + CPT_ONLY_HEADING + "'");
        }
        int body = start + CPT_ONLY_HEADING.length();
        int end = text.indexOf("\n#", body);
        Matcher m = OID.matcher(text.substring(body, end < 0 ? text.length() : end));
        Set<String> oids = new LinkedHashSet<>();
        while (m.find()) {
            oids.add(m.group());
        }
        return oids;
    }

    private static String read() {
        try (InputStream in = DemoValueSets.class.getResourceAsStream("README.md")) {
            if (in == null) {
                throw new AssertionError("README.md is missing beside demo-value-sets.csv");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
