package org.stratum.app.web.quality;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The patients whose race, ethnicity or language should be asked for again: patient-level, so for
 * analysts and administrators only, limited to the sites they may see, and every view and export
 * written to the audit log ({@link ReaskListings}).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
class ReaskController {
    private final ReaskListings listings;

    ReaskController(ReaskListings listings) {
        this.listings = listings;
    }

    @GetMapping("/data-quality/reask")
    String page(@RequestParam(required = false) String period, @RequestParam(required = false) Integer staleYears,
                Principal user, Model model) {
        model.addAttribute("listing", listings.list(period, staleYears, user.getName(), "real.reask.view",
                "data-quality/reask"));
        return "quality/reask";
    }

    @GetMapping("/data-quality/reask.csv")
    ResponseEntity<String> csv(@RequestParam(required = false) String period,
                               @RequestParam(required = false) Integer staleYears, Principal user) {
        ReaskListing listing = listings.list(period, staleYears, user.getName(), "real.reask.export",
                "data-quality/reask.csv");
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("reask-" + listing.period().start() + "-" + listing.period().end() + ".csv")
                        .build().toString())
                .body(ReaskListings.csv(listing));
    }
}
