package org.stratum.app.workflow.selfid;

import java.time.Instant;

/** A code just issued: the only time the code's text exists outside the staff member's hands. */
public record NewCode(String code, Instant expiresAt, FormLanguage formLanguage) {
}
