package org.stratum.app.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;
import org.stratum.app.StratumApplication;
import org.stratum.app.data.WarehouseBeans;
import org.stratum.engine.warehouse.Warehouse;

/** Starts the Spring web application over an open warehouse, and waits until it stops. */
final class WebServer {
    private final ConfigurableApplicationContext context;
    private final CountDownLatch closed = new CountDownLatch(1);

    private WebServer(ConfigurableApplicationContext context) {
        this.context = context;
    }

    /**
     * @param settings extra Spring properties as {@code --name=value} arguments (port, demo mode…)
     */
    static WebServer start(StratumCommand root, Warehouse warehouse, List<String> settings) {
        List<String> args = new ArrayList<>(SpringArguments.common(root));
        args.addAll(settings);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(StratumApplication.class)
                .initializers(new WarehouseBeans(warehouse))
                .logStartupInfo(root.verbose)
                .run(args.toArray(String[]::new));
        if (!root.verbose) {
            LoggingSystem.get(WebServer.class.getClassLoader()).setLogLevel(LoggingSystem.ROOT_LOGGER_NAME, LogLevel.WARN);
        }
        WebServer server = new WebServer(context);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                warehouse.close();
                server.closed.countDown();
            }
        });
        return server;
    }

    /** Blocks until the application is stopped (Ctrl+C, or {@link #stop()}). */
    void awaitStop() throws InterruptedException {
        closed.await();
    }

    void stop() {
        context.close();
    }
}
