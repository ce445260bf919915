package org.stratum.app.web.data;

import java.util.Locale;

/** File sizes as people read them: "512 bytes", "1.4 MB", "2.0 GB" (binary multiples, as file managers show). */
final class FileSizes {
    private static final String[] UNITS = {"KB", "MB", "GB", "TB"};

    private FileSizes() {
    }

    static String readable(long bytes) {
        if (bytes < 1024) {
            return bytes + (bytes == 1 ? " byte" : " bytes");
        }
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < UNITS.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(Locale.ROOT, "%.1f %s", value, UNITS[unit]);
    }
}
