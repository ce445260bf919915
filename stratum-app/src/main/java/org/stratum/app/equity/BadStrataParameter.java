package org.stratum.app.equity;

/**
 * A stratified view asked for with a parameter it cannot use. The command line prints it as one line
 * (exit code 2), the API returns it as HTTP 400 (404 for a measure that does not exist), the Explore
 * page shows it next to the field.
 */
public class BadStrataParameter extends RuntimeException {
    private final String parameter;
    private final boolean notFound;

    public BadStrataParameter(String parameter, String message) {
        this(parameter, message, false);
    }

    private BadStrataParameter(String parameter, String message, boolean notFound) {
        super(message);
        this.parameter = parameter;
        this.notFound = notFound;
    }

    /** The measure asked for is not in the library. */
    public static BadStrataParameter unknownMeasure(String id) {
        return new BadStrataParameter("measure", "There is no measure '" + id + "' in the library.", true);
    }

    public String parameter() {
        return parameter;
    }

    /** Whether the thing asked for does not exist (rather than being asked for wrongly). */
    public boolean notFound() {
        return notFound;
    }
}
