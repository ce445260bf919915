package org.stratum.app.security;

/** A change to an account that cannot be made, with the username and the reason. */
public class AccountRejected extends RuntimeException {

    private final String username;

    public AccountRejected(String username, String reason) {
        super("Account '" + username + "': " + reason);
        this.username = username;
    }

    public String username() {
        return username;
    }
}
