package org.stratum.app.api;

/** A request body field the API cannot accept: a 400 naming the field. */
class InvalidField extends RuntimeException {
    private final String field;

    InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
