package org.stratum.app.workflow.selfid;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the self-identification codes, bound from {@code stratum.self-id.*}.
 *
 * @param codeLifetime    how long an issued code can be used (default 24h)
 * @param wrongCodeLimit  how many wrong codes one client may type within {@code wrongCodeWindow}
 *                        before it must wait (default 5)
 * @param wrongCodeWindow the window of the wrong-code limit, also how long a throttled client waits
 *                        (default 15m)
 */
@ConfigurationProperties("stratum.self-id")
@Validated
public record SelfIdProperties(
        @DefaultValue("24h") Duration codeLifetime,
        @DefaultValue("5") @Min(1) int wrongCodeLimit,
        @DefaultValue("15m") Duration wrongCodeWindow) {

    public SelfIdProperties {
        if (codeLifetime.isNegative() || codeLifetime.isZero()) {
            throw new IllegalArgumentException("stratum.self-id.code-lifetime must be positive, not " + codeLifetime);
        }
    }
}
