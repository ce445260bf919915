package org.stratum.app.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.stratum.app.StratumProperties;

/** Stratum's sign-in page; Spring Security handles the POST and the sign-out. */
@Controller
class LoginController {

    private final StratumProperties properties;

    LoginController(StratumProperties properties) {
        this.properties = properties;
    }

    @GetMapping("/login")
    String login(Model model) {
        model.addAttribute("demoMode", properties.demo().enabled());
        return "login";
    }
}
