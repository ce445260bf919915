package org.stratum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.stratum.app.organisation.Organisations;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccount;
import org.stratum.app.security.UserAccounts;

/** The whole application started the ways the command line will start it. */
class StratumApplicationTests {

    @TempDir
    Path dataDir;

    @Test
    void startsWithoutAWebServerForCommandLineTasks() {
        try (ConfigurableApplicationContext context = start(WebApplicationType.NONE, "--stratum.data-dir=" + dataDir)) {
            assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
            UserAccount created = context.getBean(UserAccounts.class)
                    .create("maria.lopez", "Maria Lopez", Role.ADMIN, "quiet-river-77");
            assertThat(created.enabled()).isTrue();
            assertThat(context.getBean(Organisations.class).current().name()).isEqualTo("My organisation");
        }
    }

    @Test
    void usesPostgresqlWhenStratumDbUrlSaysSo() throws Exception {
        ExternalDependency.POSTGRES.assumeAvailable(TestPostgres.connectionProblem());
        String schema = TestPostgres.createSchema();
        try (ConfigurableApplicationContext context = start(WebApplicationType.NONE,
                "--stratum.data-dir=" + dataDir,
                // The same names as the environment variables application.properties maps.
                "--STRATUM_DB_URL=" + TestPostgres.urlFor(schema),
                "--STRATUM_DB_USER=" + TestPostgres.USER,
                "--STRATUM_DB_PASSWORD=" + TestPostgres.PASSWORD,
                "--stratum.demo.enabled=true", "--stratum.demo.password=tulip-harbour-42")) {
            JdbcClient jdbc = context.getBean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT current_schema()").query(String.class).single()).isEqualTo(schema);
            // Every migration in db/migration applied, whoever adds the next one.
            long migrations = new PathMatchingResourcePatternResolver().getResources("classpath:db/migration/V*.sql").length;
            assertThat(migrations).isGreaterThanOrEqualTo(2);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM flyway_schema_history WHERE success").query(Long.class).single())
                    .isEqualTo(migrations);
            assertThat(context.getBean(UserAccounts.class).list()).extracting(UserAccount::username)
                    .containsExactly("admin", "analyst", "viewer");
        } finally {
            TestPostgres.dropSchema(schema);
        }
        assertThat(dataDir).isEmptyDirectory();
    }

    private static ConfigurableApplicationContext start(WebApplicationType type, String... args) {
        return new SpringApplicationBuilder(StratumApplication.class, EmptyWarehouse.class).web(type).run(args);
    }
}
