package org.stratum.app.audit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * Who did what, when: one {@code audit_event} row per action worth answering for later (uploads,
 * imports, exports of patient-level data). The workflow store is the system of record, so the log
 * lives there and is never rewritten.
 */
@Service
public class AuditLog {

    /** Column widths of {@code audit_event} (V1 migration); longer texts are cut, never refused. */
    static final int SUBJECT_LENGTH = 500;
    static final int DETAIL_LENGTH = 4000;

    private final JdbcClient jdbc;

    public AuditLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records one action now.
     *
     * @param username who acted, or null for something the system did by itself
     * @param action   what was done, as a short dotted name such as {@code data.upload}
     * @param subject  what it was done to (an upload folder, a file), or null
     * @param detail   anything else worth knowing (counts, options, the outcome), or null
     */
    public void record(String username, String action, String subject, String detail) {
        jdbc.sql("INSERT INTO audit_event (username, action, subject, detail) VALUES (?, ?, ?, ?)")
                .params(username, action, cut(subject, SUBJECT_LENGTH), cut(detail, DETAIL_LENGTH))
                .update();
    }

    private static String cut(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
