package org.stratum.app.web.quality;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.stratum.engine.warehouse.Warehouse;

/** The warehouse the command line opened, for the Data quality pages. */
@Component
class QualitySources {
    private final ObjectProvider<Warehouse> warehouse;

    QualitySources(ObjectProvider<Warehouse> warehouse) {
        this.warehouse = warehouse;
    }

    Warehouse warehouse() {
        Warehouse open = warehouse.getIfAvailable();
        if (open == null) {
            throw new IllegalStateException("No warehouse is open: start the web app with 'stratum serve'");
        }
        return open;
    }
}
