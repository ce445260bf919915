package org.stratum.app.web.quality;

/** A Data quality page or API call with a parameter it cannot use: a 400 naming the parameter. */
public class BadQualityRequest extends RuntimeException {
    private final String parameter;

    BadQualityRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
