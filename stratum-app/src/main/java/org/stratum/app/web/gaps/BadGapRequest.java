package org.stratum.app.web.gaps;

import java.util.Arrays;

/**
 * The gap finder asked for with a parameter it cannot use: a 400 page naming the parameter, with the
 * message under {@code messageKey} in messages.properties.
 */
class BadGapRequest extends RuntimeException {
    private final String parameter;
    private final String messageKey;
    private final Object[] arguments;

    BadGapRequest(String parameter, String messageKey, Object... arguments) {
        super(parameter + ": " + messageKey + " " + Arrays.toString(arguments));
        this.parameter = parameter;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    String parameter() {
        return parameter;
    }

    String messageKey() {
        return messageKey;
    }

    Object[] arguments() {
        return arguments.clone();
    }
}
