package org.stratum.engine.generate.network;

/** How a site meets patients' need for an interpreter. */
public enum InterpreterServices {
    IN_PERSON("in-person"), PHONE("phone"), NONE("none");

    private final String code;

    InterpreterServices(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
