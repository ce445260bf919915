package org.stratum.app.workflow.selfid;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import org.stratum.app.audit.AuditLog;

/**
 * One-time codes that let a patient answer the self-identification form without an account. A code
 * is 8 characters from {@value #ALPHABET} (no 0/O, 1/I/L or U, so it is easy to read out and type;
 * about 39 bits), drawn from {@link SecureRandom}, shown as {@code ABCD-EFGH}. Only its SHA-256 is
 * stored. It can be used once, before it expires; wrong codes are counted per client and a client
 * with too many must wait.
 */
@Repository
public class SelfIdCodes {
    static final String ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789";
    static final int LENGTH = 8;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final SelfIdProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    @Autowired
    public SelfIdCodes(JdbcClient jdbc, AuditLog audit, SelfIdProperties properties) {
        this(jdbc, audit, properties, Clock.systemUTC());
    }

    SelfIdCodes(JdbcClient jdbc, AuditLog audit, SelfIdProperties properties, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    /** Issues a new code for a patient, recording who issued it in the audit log. */
    @Transactional
    public NewCode issue(String patientId, String siteKey, FormLanguage language, String issuedBy) {
        Instant now = clock.instant();
        Instant expires = now.plus(properties.codeLifetime());
        String code = newCode();
        jdbc.sql("""
                        INSERT INTO self_id_code (code_hash, patient_id, site_key, form_language, issued_by, issued_at, expires_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(hash(code), patientId, siteKey, language.tag(), issuedBy, at(now), at(expires)).update();
        audit.record(issuedBy, "selfid.code.issue", "patient/" + patientId,
                "site " + (siteKey == null ? "none" : siteKey) + ", form in " + language.tag() + ", expires " + expires);
        return new NewCode(code, expires, language);
    }

    /**
     * Checks a code typed at the kiosk by {@code client} (its address). A throttled client's code is
     * not even looked at; a wrong code counts against the client.
     */
    @Transactional
    public CodeCheck check(String typed, String client) {
        Instant now = clock.instant();
        long recentWrong = jdbc.sql("SELECT count(*) FROM self_id_wrong_code WHERE client = ? AND attempted_at > ?")
                .params(client, at(now.minus(properties.wrongCodeWindow()))).query(Long.class).single();
        if (recentWrong >= properties.wrongCodeLimit()) {
            return CodeCheck.of(CodeCheck.Status.THROTTLED);
        }
        String normalised = normalise(typed);
        Optional<Row> found = normalised.length() != LENGTH ? Optional.<Row>empty() : jdbc.sql("""
                        SELECT id, patient_id, form_language, issued_by, expires_at, used_at FROM self_id_code
                        WHERE code_hash = ?""")
                .param(hash(normalised))
                .query((rs, n) -> new Row(new IssuedCode(rs.getLong("id"), rs.getString("patient_id"),
                        FormLanguage.ofTag(rs.getString("form_language")).orElse(FormLanguage.ENGLISH),
                        rs.getString("issued_by"), rs.getObject("expires_at", OffsetDateTime.class).toInstant()),
                        rs.getObject("used_at", OffsetDateTime.class) != null))
                .optional();
        if (found.isEmpty()) {
            jdbc.sql("INSERT INTO self_id_wrong_code (client, attempted_at) VALUES (?, ?)").params(client, at(now)).update();
            return CodeCheck.of(CodeCheck.Status.WRONG);
        }
        Row row = found.get();
        if (row.used() || !now.isBefore(row.code().expiresAt())) {
            return CodeCheck.of(CodeCheck.Status.NO_LONGER_VALID);
        }
        return CodeCheck.valid(row.code());
    }

    /**
     * Marks a code used, if it still can be: the one moment a code is spent, so two submissions with
     * the same code cannot both succeed.
     *
     * @return the code, or empty when it was used already or has expired
     */
    @Transactional
    public Optional<IssuedCode> use(long codeId) {
        Instant now = clock.instant();
        int updated = jdbc.sql("UPDATE self_id_code SET used_at = ? WHERE id = ? AND used_at IS NULL AND expires_at > ?")
                .params(at(now), codeId, at(now)).update();
        if (updated == 0) {
            return Optional.empty();
        }
        return jdbc.sql("SELECT id, patient_id, form_language, issued_by, expires_at FROM self_id_code WHERE id = ?")
                .param(codeId)
                .query((rs, n) -> new IssuedCode(rs.getLong("id"), rs.getString("patient_id"),
                        FormLanguage.ofTag(rs.getString("form_language")).orElse(FormLanguage.ENGLISH),
                        rs.getString("issued_by"), rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    private String newCode() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return code.toString();
    }

    /** The code as typed, upper case, without spaces or dashes. */
    static String normalise(String typed) {
        return typed == null ? "" : typed.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
    }

    /** How a code is shown: two groups of four. */
    public static String display(String code) {
        return code.substring(0, LENGTH / 2) + "-" + code.substring(LENGTH / 2);
    }

    static String hash(String code) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private record Row(IssuedCode code, boolean used) {
    }
}
