package org.stratum.app.workflow.selfid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stratum.app.TestWorkflowStore;
import org.stratum.app.audit.AuditLog;

/**
 * The life of a one-time code on every database the workflow store supports: issued, used once,
 * expired, wrong, throttled, and never stored as typed.
 */
abstract class SelfIdCodesContract {
    static final String KIOSK = "10.0.0.7";

    JdbcClient jdbc;
    SelfIdCodes codes;
    final MovableClock clock = new MovableClock(Instant.parse("2026-05-04T09:00:00Z"));

    /** A new, empty database for one test; the subclass cleans it up afterwards. */
    protected abstract DataSource emptyDatabase() throws Exception;

    @BeforeEach
    void migratedStore() throws Exception {
        jdbc = JdbcClient.create(TestWorkflowStore.migrated(emptyDatabase()));
        codes = new SelfIdCodes(jdbc, new AuditLog(jdbc), new SelfIdProperties(Duration.ofHours(24), 5,
                Duration.ofMinutes(15)), clock);
    }

    @Test
    void aCodeOpensTheFormOnceAndIsKeptOnlyAsAHash() {
        NewCode code = codes.issue("p-1", "site-a", FormLanguage.SPANISH, "analyst");
        assertThat(code.code()).hasSize(8).matches("[" + SelfIdCodes.ALPHABET + "]{8}");
        assertThat(code.expiresAt()).isEqualTo(Instant.parse("2026-05-05T09:00:00Z"));
        assertThat(jdbc.sql("SELECT code_hash FROM self_id_code").query(String.class).single())
                .hasSize(64).isNotEqualTo(code.code()).doesNotContain(code.code());
        assertThat(jdbc.sql("SELECT action || ' ' || subject || ' by ' || username FROM audit_event")
                .query(String.class).list()).containsExactly("selfid.code.issue patient/p-1 by analyst");

        // Typed as shown, in lower case, with spaces: all the same code.
        String typed = " " + SelfIdCodes.display(code.code()).toLowerCase() + " ";
        CodeCheck check = codes.check(typed, KIOSK);
        assertThat(check.status()).isEqualTo(CodeCheck.Status.VALID);
        IssuedCode issued = check.code().orElseThrow();
        assertThat(issued.patientId()).isEqualTo("p-1");
        assertThat(issued.formLanguage()).isEqualTo(FormLanguage.SPANISH);
        assertThat(issued.issuedBy()).isEqualTo("analyst");

        assertThat(codes.use(issued.id())).isPresent();
        assertThat(codes.use(issued.id())).isEmpty();
        assertThat(codes.check(code.code(), KIOSK).status()).isEqualTo(CodeCheck.Status.NO_LONGER_VALID);
    }

    @Test
    void anExpiredCodeCanNoLongerBeUsed() {
        NewCode code = codes.issue("p-1", "site-a", FormLanguage.ENGLISH, "analyst");
        long id = codes.check(code.code(), KIOSK).code().orElseThrow().id();
        clock.advance(Duration.ofHours(24));
        assertThat(codes.check(code.code(), KIOSK).status()).isEqualTo(CodeCheck.Status.NO_LONGER_VALID);
        assertThat(codes.use(id)).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM self_id_code WHERE used_at IS NOT NULL").query(Long.class).single())
                .isZero();
    }

    @Test
    void wrongCodesAreCountedAndTooManyThrottleTheClient() {
        NewCode code = codes.issue("p-1", "site-a", FormLanguage.ENGLISH, "analyst");
        for (int i = 0; i < 5; i++) {
            assertThat(codes.check("ABCD-EFG" + (i + 2), KIOSK).status()).isEqualTo(CodeCheck.Status.WRONG);
        }
        // Even the right code is not looked at until the client has waited.
        assertThat(codes.check(code.code(), KIOSK).status()).isEqualTo(CodeCheck.Status.THROTTLED);
        assertThat(codes.check(code.code(), "10.0.0.8").status()).isEqualTo(CodeCheck.Status.VALID);
        clock.advance(Duration.ofMinutes(16));
        assertThat(codes.check(code.code(), KIOSK).status()).isEqualTo(CodeCheck.Status.VALID);
    }

    @Test
    void aCodeOfTheWrongLengthIsWrong() {
        assertThat(codes.check("", KIOSK).status()).isEqualTo(CodeCheck.Status.WRONG);
        assertThat(codes.check("ABC", KIOSK).status()).isEqualTo(CodeCheck.Status.WRONG);
    }

    @Test
    void theDatabaseRefusesACodeThatExpiresBeforeItIsIssued() {
        assertThatThrownBy(() -> jdbc.sql("""
                        INSERT INTO self_id_code (code_hash, patient_id, form_language, issued_by, issued_at, expires_at)
                        VALUES (?, 'p', 'en', 'x', ?, ?)""")
                .params("a".repeat(64), Instant.parse("2026-05-04T09:00:00Z").atOffset(ZoneOffset.UTC),
                        Instant.parse("2026-05-04T08:00:00Z").atOffset(ZoneOffset.UTC)).update())
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    /** A clock the test moves forward. */
    static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
