package org.stratum.app.web.admin;

import java.security.Principal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.stratum.app.audit.AuditLog;
import org.stratum.app.organisation.CareSites;
import org.stratum.app.organisation.CareSites.CareSite;
import org.stratum.app.organisation.UserSites;
import org.stratum.app.security.UserAccount;
import org.stratum.app.security.UserAccounts;

/**
 * Administrators assign people to care sites: the sites limit whose patients an analyst (or a limited
 * administrator) sees one by one. Every change is written to the audit log.
 */
@Controller
@PreAuthorize("hasRole('ADMIN')")
class UserSitesController {
    private final UserAccounts accounts;
    private final UserSites userSites;
    private final CareSites careSites;
    private final AuditLog audit;

    UserSitesController(UserAccounts accounts, UserSites userSites, CareSites careSites, AuditLog audit) {
        this.accounts = accounts;
        this.userSites = userSites;
        this.careSites = careSites;
        this.audit = audit;
    }

    /** One account and the names of its sites, for the list. */
    public record AccountSites(UserAccount account, List<String> sites) {
    }

    @GetMapping("/admin/users")
    String list(Model model) {
        List<CareSite> sites = careSites.list();
        model.addAttribute("accounts", accounts.list().stream()
                .map(a -> new AccountSites(a, names(userSites.assigned(a.username()), sites))).toList());
        return "admin/users";
    }

    @GetMapping("/admin/users/{username}/sites")
    String edit(@PathVariable String username, Model model) {
        UserAccount account = account(username);
        model.addAttribute("account", account);
        model.addAttribute("sites", careSites.list());
        model.addAttribute("assigned", Set.copyOf(userSites.assigned(username)));
        return "admin/user-sites";
    }

    @PostMapping("/admin/users/{username}/sites")
    String assign(@PathVariable String username, @RequestParam(name = "sites", required = false) List<String> sites,
            Principal user) {
        account(username);
        Set<String> chosen = new LinkedHashSet<>(sites == null ? List.of() : sites);
        try {
            userSites.assign(username, chosen);
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, e.getMessage());
        }
        audit.record(user.getName(), "user.sites.assign", "app_user/" + username,
                chosen.isEmpty() ? "no sites" : "sites " + String.join(", ", chosen));
        return "redirect:/admin/users?assigned=" + username;
    }

    private UserAccount account(String username) {
        return accounts.find(username).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "No user named '" + username + "'"));
    }

    private static List<String> names(List<String> keys, List<CareSite> sites) {
        return sites.stream().filter(s -> keys.contains(s.siteKey())).map(CareSite::name).toList();
    }
}
