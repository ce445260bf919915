package org.stratum.app.web.measures;

/** A measure page or API call with a parameter it cannot use: a 400 naming the parameter. */
public class BadMeasureRequest extends RuntimeException {
    private final String parameter;

    BadMeasureRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
