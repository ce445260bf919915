package org.stratum.app.web.outreach;

/** A filter naming a site whose patients the signed-in person may not see: a 403 naming it. */
public class OutsideSiteScope extends RuntimeException {

    OutsideSiteScope(String site) {
        super("You are not assigned to site '" + site + "', so its patients cannot be listed for you."
                + " An administrator assigns sites on the Users page.");
    }
}
