package org.stratum.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

class StratumPropertiesTests {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(StratumProperties.class)
    static class Bound {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Bound.class);

    @Test
    void defaultsOutsideDemoMode() {
        runner.run(context -> {
            StratumProperties properties = context.getBean(StratumProperties.class);
            assertThat(properties.dataDir().toAbsolutePath()).isEqualTo(Path.of("data").toAbsolutePath());
            assertThat(properties.demo().enabled()).isFalse();
            assertThat(properties.organisationName()).isEqualTo("My organisation");
        });
    }

    @Test
    void demoModeNamesTheDemoOrganisation() {
        runner.withPropertyValues("stratum.demo.enabled=true", "stratum.demo.password=tulip-harbour-42")
                .run(context -> assertThat(context.getBean(StratumProperties.class).organisationName())
                        .isEqualTo("Demo Health Network"));
    }

    @Test
    void configuredOrganisationNameWinsInAndOutOfDemoMode() {
        runner.withPropertyValues("stratum.organisation.name=  Valley Clinics ", "stratum.data-dir=/srv/stratum")
                .run(context -> {
                    StratumProperties properties = context.getBean(StratumProperties.class);
                    assertThat(properties.organisationName()).isEqualTo("Valley Clinics");
                    assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/stratum"));
                });
        runner.withPropertyValues("stratum.organisation.name=Valley Clinics", "stratum.demo.enabled=true",
                        "stratum.demo.password=tulip-harbour-42")
                .run(context -> assertThat(context.getBean(StratumProperties.class).organisationName())
                        .isEqualTo("Valley Clinics"));
    }

    @Test
    void settingsCanComeFromEnvironmentVariables() {
        Map<String, Object> variables = Map.of("STRATUM_DATA_DIR", "/srv/stratum", "STRATUM_DEMO_ENABLED", "true",
                "STRATUM_DEMO_PASSWORD", "tulip-harbour-42", "STRATUM_ORGANISATION_NAME", "Valley Clinics");
        runner.withInitializer(context -> context.getEnvironment().getPropertySources().addFirst(
                        new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables)))
                .run(context -> {
                    StratumProperties properties = context.getBean(StratumProperties.class);
                    assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/stratum"));
                    assertThat(properties.demo().enabled()).isTrue();
                    assertThat(properties.organisationName()).isEqualTo("Valley Clinics");
                    // application.properties builds the H2 URL from the same variable.
                    assertThat(context.getEnvironment().getProperty("stratum.data-dir")).isEqualTo("/srv/stratum");
                });
    }

    @Test
    void demoModeWithoutPasswordIsRefused() {
        runner.withPropertyValues("stratum.demo.enabled=true")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .rootCause().hasMessageContaining("stratum.demo.password is required when stratum.demo.enabled=true"));
        runner.withPropertyValues("stratum.demo.enabled=true", "stratum.demo.password=  ")
                .run(context -> assertThat(context).hasFailed());
    }

    @Test
    void demoPasswordIsNeverPrinted() {
        runner.withPropertyValues("stratum.demo.enabled=true", "stratum.demo.password=tulip-harbour-42")
                .run(context -> assertThat(context.getBean(StratumProperties.class).toString())
                        .contains("enabled=true").doesNotContain("tulip-harbour-42"));
    }
}
