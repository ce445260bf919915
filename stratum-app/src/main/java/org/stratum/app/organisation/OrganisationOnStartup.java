package org.stratum.app.organisation;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;

/**
 * Makes sure the organisation row exists before the application serves anyone. A configured
 * {@code stratum.organisation.name} wins over the stored one; a default name never overwrites it.
 *
 * <p>Runs once every singleton exists (so after Flyway) and before the web server starts, so the
 * first request never sees an empty store.
 */
@Component
class OrganisationOnStartup implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(OrganisationOnStartup.class);

    private final Organisations organisations;
    private final StratumProperties properties;

    OrganisationOnStartup(Organisations organisations, StratumProperties properties) {
        this.organisations = organisations;
        this.properties = properties;
    }

    @Override
    public void afterSingletonsInstantiated() {
        Organisation organisation = organisations.ensureExists(properties.organisationName());
        String configured = properties.organisationName();
        if (properties.organisation().isNameConfigured() && !organisation.name().equals(configured)) {
            organisations.rename(organisation.id(), configured);
            log.info("Organisation renamed from '{}' to '{}' (stratum.organisation.name)", organisation.name(), configured);
        }
    }
}
