package org.fivecmenus.admin;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.CustomFormAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.LoginToContinue;

/**
 * Form login for the admin area (Jakarta Security). The form is our own page, so that it carries a CSRF token
 * and failed attempts can be throttled before a password is even checked.
 */
@CustomFormAuthenticationMechanismDefinition(loginToContinue = @LoginToContinue(loginPage = "/admin/login",
        errorPage = "", useForwardToLogin = false))
@DeclareRoles(AdminAccounts.ROLE)
@ApplicationScoped
public class AdminSecurity {
}
