package org.stratum.app.web.measures;

/** A measure page or API call for a measure the library does not have, or that was not computed: a 404 naming it. */
public class UnknownMeasurePage extends RuntimeException {
    UnknownMeasurePage(String message) {
        super(message);
    }
}
