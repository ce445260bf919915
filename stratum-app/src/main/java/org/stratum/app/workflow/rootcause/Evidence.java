package org.stratum.app.workflow.rootcause;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * A page of this application that is evidence for an analysis, such as a saved dashboard view
 * ({@code /views/12}) or a measure by race and ethnicity ({@code /measures/cms165?by=race}).
 */
public record Evidence(String title, String link) {

    /**
     * Whether the link is a path inside this application: it starts with one slash (not two, which a
     * browser reads as another host) and parses as a relative URI without scheme or host.
     */
    public static boolean isLocalLink(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return false;
        }
        try {
            URI uri = new URI(link);
            return uri.getScheme() == null && uri.getAuthority() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
