package org.stratum.app.workflow.selfid;

import java.time.Instant;

/** A code as the workflow store knows it (never the code itself: only its hash is kept). */
public record IssuedCode(long id, String patientId, FormLanguage formLanguage, String issuedBy, Instant expiresAt) {
}
