package org.stratum.app;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Stratum's own settings, bound from {@code stratum.*} (application.properties, command-line
 * arguments such as {@code --stratum.demo.enabled=true}, or environment variables such as
 * {@code STRATUM_DATA_DIR}).
 *
 * @param dataDir      the directory where Stratum keeps its files: the embedded workflow store
 *                     ({@code workflow.mv.db}) and the warehouse. Default {@code ./data}. A relative
 *                     path must start with {@code ./} (H2 refuses implicitly relative paths).
 * @param demo         demo mode: demo accounts and a demo organisation name
 * @param organisation the organisation using this instance
 */
@ConfigurationProperties("stratum")
@Validated
public record StratumProperties(
        @NotNull @DefaultValue("./data") Path dataDir,
        @Valid @DefaultValue Demo demo,
        @Valid @DefaultValue Organisation organisation) {

    static final String DEMO_ORGANISATION_NAME = "Demo Health Network";
    static final String DEFAULT_ORGANISATION_NAME = "My organisation";

    /**
     * The organisation's name: the configured one, else "Demo Health Network" in demo mode and
     * "My organisation" otherwise.
     */
    public String organisationName() {
        if (organisation.isNameConfigured()) {
            return organisation.name().strip();
        }
        return demo.enabled() ? DEMO_ORGANISATION_NAME : DEFAULT_ORGANISATION_NAME;
    }

    /**
     * Demo mode.
     *
     * @param enabled  whether this instance runs as a demo. When true, the demo accounts
     *                 {@code admin}, {@code analyst} and {@code viewer} are created or refreshed at
     *                 startup; when false, every demo account is disabled. Default false.
     * @param password the password of all demo accounts; required when demo mode is enabled
     */
    public record Demo(boolean enabled, String password) {

        @AssertTrue(message = "stratum.demo.password is required when stratum.demo.enabled=true")
        public boolean isPasswordGivenWhenEnabled() {
            return !enabled || (password != null && !password.isBlank());
        }

        /** Never prints the password (records print every component by default). */
        @Override
        public String toString() {
            return "Demo[enabled=" + enabled + ", password=" + (password == null ? "unset" : "[hidden]") + "]";
        }
    }

    /**
     * The organisation using this instance.
     *
     * @param name its name, shown in every page header. When set, it replaces the stored name at
     *             startup; when unset, a new store gets "Demo Health Network" in demo mode and
     *             "My organisation" otherwise, and an existing store keeps its name.
     */
    public record Organisation(String name) {

        public boolean isNameConfigured() {
            return name != null && !name.isBlank();
        }
    }
}
