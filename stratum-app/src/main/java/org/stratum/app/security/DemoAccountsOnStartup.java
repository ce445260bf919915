package org.stratum.app.security;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;

/**
 * Demo accounts exist only in demo mode: at startup they are created or refreshed when
 * {@code stratum.demo.enabled=true}, and disabled otherwise, so a demo password never opens a
 * production instance that once ran as a demo.
 *
 * <p>Runs once every singleton exists (so after Flyway) and before the web server starts.
 */
@Component
class DemoAccountsOnStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoAccountsOnStartup.class);

    private final UserAccounts accounts;
    private final StratumProperties properties;

    DemoAccountsOnStartup(UserAccounts accounts, StratumProperties properties) {
        this.accounts = accounts;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (properties.demo().enabled()) {
            accounts.ensureDemoUsers(properties.demo().password());
            log.info("Demo mode: accounts admin, analyst and viewer are enabled with the demo password");
        } else {
            int disabled = accounts.disableDemoUsers();
            if (disabled > 0) {
                log.info("Not in demo mode: disabled {} demo account(s)", disabled);
            }
        }
    }
}
