package org.stratum.app.web.data;

import java.util.Locale;

/** A count with its noun, as people write it: "1 row", "1,234 rows". */
final class Counts {

    private Counts() {
    }

    static String of(long n, String noun) {
        return String.format(Locale.ENGLISH, "%,d %s%s", n, noun, n == 1 ? "" : "s");
    }
}
