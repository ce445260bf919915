package org.stratum.engine.ingest.mapping;

import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * SQL that converts a mapped text value to its warehouse type: dates by their format (ISO 8601
 * without one), times parsed and then moved from the mapping's time zone to UTC, anything else cast.
 * A value that does not convert becomes null, which the checks report.
 */
final class ValueConversions {
    private final ZoneId zone;

    ValueConversions(ZoneId zone) {
        this.zone = zone;
    }

    /** A date, number or text column's value; {@code value} is an SQL expression of the text. */
    Sql converted(String value, String type, DatePattern format) {
        if (type.equals("VARCHAR")) {
            return new Sql().text(value);
        }
        if (type.equals("DATE")) {
            return format == null ? new Sql().text("TRY_CAST(" + value + " AS DATE)")
                    : new Sql().text("CAST(try_strptime(" + value + ", ").param(format.strptime()).text(") AS DATE)");
        }
        return new Sql().text("TRY_CAST(" + value + " AS " + type + ")");
    }

    /** A time as written, before any change of zone. */
    Sql parsedTime(String value, DatePattern format) {
        return format == null ? new Sql().text("TRY_CAST(" + value + " AS TIMESTAMP)")
                : new Sql().text("try_strptime(" + value + ", ").param(format.strptime()).text(")");
    }

    /**
     * A parsed time in UTC. A time of day is in the mapping's zone (ICU's rules, daylight saving time
     * included); a date alone (a format without hours, or ISO text of 10 characters) has no zone.
     */
    Sql inUtc(String parsed, String text, DatePattern format) {
        if (zone.normalized().equals(ZoneOffset.UTC) || (format != null && !format.hasTime())) {
            return new Sql().text(parsed);
        }
        // timezone(zone, local) is the instant, whose microseconds since the epoch are the UTC time: one
        // ICU conversion instead of two (timezone('UTC', …)), and the same result, DST gaps and overlaps included.
        Sql utc = new Sql().text("make_timestamp(epoch_us(timezone(").param(zone.getId()).text(", " + parsed + ")))");
        return format != null ? utc
                : new Sql().text("CASE WHEN length(" + text + ") <= 10 THEN " + parsed + " ELSE ").add(utc).text(" END");
    }
}
