package org.stratum.app.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.stratum.engine.warehouse.Warehouse;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Serves the web app over the data directory, with the accounts of the workflow store. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the web app over the data directory (sign in with accounts made by 'stratum users add').")
final class ServeCommand implements Callable<Integer> {
    @ParentCommand
    StratumCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "HTTP port (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for all).")
    String host;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        Warehouse warehouse = Warehouses.open(root, out);
        WebServer server = startOrClose(root, warehouse, List.of("--server.port=" + port, "--server.address=" + host));
        root.markServing();
        out.println("Stratum is serving " + url(host, port) + "  (Ctrl+C to stop)");
        out.flush();
        server.awaitStop();
        return 0;
    }

    static WebServer startOrClose(StratumCommand root, Warehouse warehouse, List<String> settings) {
        try {
            return WebServer.start(root, warehouse, settings);
        } catch (RuntimeException e) {
            warehouse.close();
            throw e;
        }
    }

    static String url(String host, int port) {
        String shown = host.equals("0.0.0.0") || host.equals("127.0.0.1") ? "localhost" : host;
        return "http://" + shown + ":" + port + "/";
    }
}
