package org.stratum.core.real.selfid;

/** An answer to a yes-or-no question of the form, where choosing not to answer is an answer too. */
public enum YesNoAnswer {
    YES("yes"),
    NO("no"),
    DECLINED("declined");

    private final String code;

    YesNoAnswer(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static YesNoAnswer fromCode(String code) {
        for (YesNoAnswer answer : values()) {
            if (answer.code.equals(code)) {
                return answer;
            }
        }
        throw new IllegalArgumentException("Not a yes/no answer: " + code);
    }
}
