package org.stratum.app.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stratum.app.organisation.Organisation;
import org.stratum.app.organisation.Organisations;

/** Gives every page of the signed-in application what its header shows. */
@ControllerAdvice(basePackages = {"org.stratum.app.web", "org.stratum.app.workflow", "org.stratum.app.report"})
class PageHeaderAdvice {

    private final Organisations organisations;

    PageHeaderAdvice(Organisations organisations) {
        this.organisations = organisations;
    }

    @ModelAttribute("organisation")
    Organisation organisation() {
        return organisations.current();
    }
}
