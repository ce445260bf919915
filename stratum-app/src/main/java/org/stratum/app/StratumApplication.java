package org.stratum.app;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;

/**
 * The Stratum web application and workflow store. It has no {@code main}: the {@code stratum}
 * command line ({@link org.stratum.app.cli.StratumCli}) decides when and how Spring starts, for
 * example {@code new SpringApplicationBuilder(StratumApplication.class, WarehouseWiring.class).run(args)}.
 *
 * <p>The application needs one bean it does not define itself, a
 * {@link org.stratum.app.data.WarehouseSummarySource}; whoever starts it supplies one.
 */
@SpringBootApplication
@EnableConfigurationProperties(StratumProperties.class)
public class StratumApplication {
}
