package org.stratum.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.authenticated;
import static org.springframework.security.test.web.servlet.response.SecurityMockMvcResultMatchers.unauthenticated;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.stratum.app.EmptyWarehouse;
import org.stratum.app.StratumApplication;
import org.stratum.app.organisation.Organisations;

/**
 * Demo accounts across restarts of the whole application on one data directory, as
 * {@code stratum demo} and later {@code stratum serve} would run it.
 */
class DemoAccountsOnStartupTests {

    static final String DEMO_PASSWORD = "tulip-harbour-42";

    @TempDir
    Path dataDir;

    @Test
    void demoAdminSignsInWithTheConfiguredPasswordUntilARestartWithoutDemo() {
        try (ConfigurableApplicationContext demo = start("--stratum.demo.enabled=true",
                "--stratum.demo.password=" + DEMO_PASSWORD)) {
            assertThat(signIn(demo, "admin", DEMO_PASSWORD)).matches(authenticated().withRoles("ADMIN"));
            assertThat(demo.getBean(Organisations.class).current().name()).isEqualTo("Demo Health Network");
        }
        // The default workflow store: an H2 file in the data directory.
        assertThat(dataDir.resolve("workflow.mv.db")).isRegularFile();

        try (ConfigurableApplicationContext serve = start()) {
            assertThat(signIn(serve, "admin", DEMO_PASSWORD)).matches(unauthenticated());
            assertThat(serve.getBean(UserAccounts.class).list())
                    .hasSize(3).allSatisfy(account -> assertThat(account.enabled()).isFalse());
            // The organisation keeps the name it was given; a default never overwrites it.
            assertThat(serve.getBean(Organisations.class).current().name()).isEqualTo("Demo Health Network");
        }

        try (ConfigurableApplicationContext demoAgain = start("--stratum.demo.enabled=true",
                "--stratum.demo.password=another-demo-pass", "--stratum.organisation.name=Valley Clinics")) {
            assertThat(signIn(demoAgain, "analyst", "another-demo-pass")).matches(authenticated().withRoles("ANALYST"));
            assertThat(signIn(demoAgain, "analyst", DEMO_PASSWORD)).matches(unauthenticated());
            assertThat(demoAgain.getBean(Organisations.class).current().name()).isEqualTo("Valley Clinics");
        }
        // H2 writes a trace file when it meets an error: there must be none.
        assertThat(dataDir.resolve("workflow.trace.db")).doesNotExist();
    }

    private ConfigurableApplicationContext start(String... args) {
        // Arguments, not builder properties: those are defaults, below application.properties.
        String[] arguments = Stream.concat(Stream.of("--server.port=0", "--stratum.data-dir=" + dataDir), Stream.of(args))
                .toArray(String[]::new);
        return new SpringApplicationBuilder(StratumApplication.class, EmptyWarehouse.class).run(arguments);
    }

    private static org.springframework.test.web.servlet.assertj.MvcTestResult signIn(
            ConfigurableApplicationContext context, String username, String password) {
        MockMvcTester mvc = MockMvcTester.from((WebApplicationContext) context,
                builder -> builder.apply(springSecurity()).build());
        return mvc.perform(formLogin("/login").user(username).password(password));
    }
}
