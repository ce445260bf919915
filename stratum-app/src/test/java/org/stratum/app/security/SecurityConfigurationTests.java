package org.stratum.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.app.SampleWarehouse;

/**
 * Sign-in, sign-out and what needs signing in, through the real security chain and a real H2
 * workflow store in a temporary data directory.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(SampleWarehouse.class)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS) // the store lives in this class's @TempDir
class SecurityConfigurationTests {

    static final String DEMO_PASSWORD = "tulip-harbour-42";

    @TempDir
    static Path dataDir;

    @DynamicPropertySource
    static void demoInTemporaryDataDir(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", dataDir::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> DEMO_PASSWORD);
    }

    @Autowired
    MockMvcTester mvc;

    @Autowired
    UserAccounts accounts;

    @Test
    void anonymousVisitorIsSentToSignIn() {
        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().hasRedirectedUrl("/login");
    }

    @Test
    void signInPageIsPublicWithLabelledFieldsAndCsrfToken() {
        assertThat(mvc.get().uri("/login")).hasStatusOk().bodyText()
                .contains("<label for=\"username\">Username</label>")
                .contains("<label for=\"password\">Password</label>")
                .contains("name=\"_csrf\"")
                .contains("This is a demo");
    }

    @Test
    void stylesheetIsPublic() {
        assertThat(mvc.get().uri("/css/stratum.css")).hasStatusOk();
    }

    @Test
    void wrongPasswordIsRefusedWithAMessage() {
        MvcTestResult attempt = mvc.perform(formLogin("/login").user("admin").password("not-the-password"));

        assertThat(attempt).hasRedirectedUrl("/login?error").matches(unauthenticated());
        assertThat(mvc.get().uri("/login").param("error", "")).hasStatusOk().bodyText()
                .contains("That username and password do not match an active account");
    }

    @Test
    void unknownUserIsRefusedLikeAWrongPassword() {
        assertThat(mvc.perform(formLogin("/login").user("nobody").password(DEMO_PASSWORD)))
                .hasRedirectedUrl("/login?error").matches(unauthenticated());
    }

    @Test
    void signInWithoutCsrfTokenIsRefused() {
        assertThat(mvc.post().uri("/login").param("username", "admin").param("password", DEMO_PASSWORD))
                .hasStatus(403).matches(unauthenticated());
    }

    @Test
    void correctSignInReachesTheHomePage() {
        MvcTestResult signIn = mvc.perform(formLogin("/login").user("admin").password(DEMO_PASSWORD));
        assertThat(signIn).hasRedirectedUrl("/").matches(authenticated().withUsername("admin").withRoles("ADMIN"));

        assertThat(mvc.get().uri("/").session(sessionOf(signIn))).hasStatusOk().bodyText()
                .contains("Roadmap for improvement")
                .contains("Organize teams")
                .contains("12,345")
                .contains("Demo administrator");
    }

    @Test
    void createdAccountSignsInWithItsRole() {
        accounts.create("maria.lopez", "Maria Lopez", Role.ANALYST, "quiet-river-77");

        assertThat(mvc.perform(formLogin("/login").user("maria.lopez").password("quiet-river-77")))
                .hasRedirectedUrl("/")
                .matches(authenticated().withUsername("maria.lopez").withRoles("ANALYST"));
    }

    @Test
    void signOutEndsTheSession() {
        MockHttpSession session = sessionOf(mvc.perform(formLogin("/login").user("viewer").password(DEMO_PASSWORD)));

        assertThat(mvc.post().uri("/logout").session(session).with(csrf()))
                .hasRedirectedUrl("/login?logout").matches(unauthenticated());
        assertThat(mvc.get().uri("/").session(session)).hasRedirectedUrl("/login");
        assertThat(mvc.get().uri("/login").param("logout", "")).bodyText().contains("You have signed out.");
    }

    @Test
    void signOutNeedsCsrfToken() {
        MockHttpSession session = sessionOf(mvc.perform(formLogin("/login").user("viewer").password(DEMO_PASSWORD)));

        assertThat(mvc.post().uri("/logout").session(session)).hasStatus(403);
        assertThat(mvc.get().uri("/").session(session)).hasStatusOk();
    }

    private static MockHttpSession sessionOf(MvcTestResult result) {
        return (MockHttpSession) result.getMvcResult().getRequest().getSession(false);
    }
}
