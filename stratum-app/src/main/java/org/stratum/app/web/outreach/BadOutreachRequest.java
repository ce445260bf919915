package org.stratum.app.web.outreach;

/** An outreach list asked for with a parameter it cannot use: a 400 naming the parameter. */
public class BadOutreachRequest extends RuntimeException {
    private final String parameter;

    BadOutreachRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
