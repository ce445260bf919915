package org.stratum.app.web.outreach;

/** An outreach list asked for with a parameter it cannot use: a 400 page naming the parameter. */
class BadOutreachRequest extends RuntimeException {
    private final String parameter;

    BadOutreachRequest(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
