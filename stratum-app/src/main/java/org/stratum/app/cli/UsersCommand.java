package org.stratum.app.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.stratum.app.StratumApplication;
import org.stratum.app.data.WarehouseSummarySource;
import org.stratum.app.security.Role;
import org.stratum.app.security.UserAccount;
import org.stratum.app.security.UserAccounts;
import org.stratum.engine.warehouse.WarehouseSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Manages sign-in accounts in the workflow store. */
@Command(name = "users", mixinStandardHelpOptions = true, description = "Manage sign-in accounts.",
        subcommands = {UsersCommand.Add.class, UsersCommand.ListAccounts.class})
final class UsersCommand {
    @ParentCommand
    StratumCommand root;

    /** The workflow store without the web server. */
    static ConfigurableApplicationContext workflowStore(StratumCommand root) {
        return new SpringApplicationBuilder(StratumApplication.class)
                .web(WebApplicationType.NONE)
                .initializers(context -> context.getBeanFactory().registerSingleton("warehouseSummarySource",
                        (WarehouseSummarySource) WarehouseSummary::empty))
                .logStartupInfo(root.verbose)
                .run(SpringArguments.common(root).toArray(String[]::new));
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Add an account. The password is asked for, or read from standard input with --password-stdin.")
    static final class Add implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Parameters(paramLabel = "USERNAME", description = "Sign-in name.")
        String username;

        @Option(names = "--role", required = true, paramLabel = "admin|analyst|viewer",
                description = "admin: everything; analyst: data and patient lists for their sites; viewer: aggregates only.")
        String role;

        @Option(names = "--name", paramLabel = "DISPLAY-NAME", description = "Name shown in the app (default: USERNAME).")
        String displayName;

        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.")
        boolean passwordFromStdin;

        @Override
        public Integer call() throws IOException {
            Role chosen;
            try {
                chosen = Role.ofCode(role);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--role must be admin, analyst or viewer, not '" + role + "'");
            }
            String password = password();
            try (ConfigurableApplicationContext context = workflowStore(users.root)) {
                UserAccount account = context.getBean(UserAccounts.class)
                        .create(username, displayName == null ? username : displayName, chosen, password);
                spec.commandLine().getOut().printf("Added %s (%s).%n", account.username(), account.role().label());
            }
            return 0;
        }

        private String password() throws IOException {
            if (passwordFromStdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new ParameterException(spec.commandLine(), "No password on standard input");
                }
                return line.strip();
            }
            Console console = System.console();
            if (console == null) {
                throw new ParameterException(spec.commandLine(), "No terminal to ask for a password: use --password-stdin");
            }
            char[] first = console.readPassword("Password for %s: ", username);
            char[] again = console.readPassword("Again: ");
            if (!Arrays.equals(first, again)) {
                throw new ParameterException(spec.commandLine(), "The two passwords differ");
            }
            return new String(first);
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the accounts.")
    static final class ListAccounts implements Callable<Integer> {
        @ParentCommand
        UsersCommand users;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (ConfigurableApplicationContext context = workflowStore(users.root)) {
                for (UserAccount account : context.getBean(UserAccounts.class).list()) {
                    out.printf("%-20s %-8s %-30s %s%s%n", account.username(), account.role().code(), account.displayName(),
                            account.enabled() ? "enabled" : "disabled", account.demo() ? " (demo)" : "");
                }
            }
            return 0;
        }
    }
}
