package org.stratum.app.security;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.stratum.app.StratumProperties;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.CareSites;
import org.stratum.app.organisation.UserSites;

/**
 * In demo mode the demo analyst is assigned the first half of the care sites (by name), so the demo
 * shows both sides of site scoping: patients of those sites listed, the others refused. Only when the
 * analyst has no sites yet, so an administrator's own assignment survives a restart.
 *
 * <p>Runs once the application has started, after the demo accounts and the care sites exist.
 */
@Component
class DemoAnalystSites {
    static final String ANALYST = "analyst";
    private static final Logger log = LoggerFactory.getLogger(DemoAnalystSites.class);

    private final StratumProperties properties;
    private final CareSites careSites;
    private final UserSites userSites;
    private final AuditLog audit;

    DemoAnalystSites(StratumProperties properties, CareSites careSites, UserSites userSites, AuditLog audit) {
        this.properties = properties;
        this.careSites = careSites;
        this.userSites = userSites;
        this.audit = audit;
    }

    @EventListener(ApplicationStartedEvent.class)
    void assignSomeSites() {
        List<CareSites.CareSite> sites = careSites.list();
        if (!properties.demo().enabled() || sites.size() < 2 || !userSites.assigned(ANALYST).isEmpty()) {
            return;
        }
        List<String> half = sites.subList(0, sites.size() / 2).stream().map(CareSites.CareSite::siteKey).toList();
        userSites.assign(ANALYST, half);
        audit.record(null, "user.sites.assign", "app_user/" + ANALYST, "demo: sites " + String.join(", ", half));
        log.info("Demo mode: the analyst sees the patients of {} of the {} care sites", half.size(), sites.size());
    }
}
