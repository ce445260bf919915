package org.stratum.app.web.measures;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The measure pages' tests share one application over one measured synthetic warehouse (Spring caches
 * the context between the classes, so the population is generated and measured once). Plain SQL over
 * {@code measure_result} is what the pages' numbers are checked against.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MeasuredWarehouse.class)
public abstract class MeasuredPages {
    protected static final Path DATA_DIR = temporaryDataDir();

    @DynamicPropertySource
    static void measuredWarehouseWithDemoAccounts(DynamicPropertyRegistry registry) {
        registry.add("stratum.data-dir", DATA_DIR::toString);
        registry.add("stratum.demo.enabled", () -> "true");
        registry.add("stratum.demo.password", () -> "tulip-harbour-42");
    }

    @Autowired
    protected MockMvcTester mvc;

    @Autowired
    protected UserDetailsService users;

    @Autowired
    protected Warehouse warehouse;

    protected MvcTestResult get(String username, String uri) {
        return mvc.get().uri(uri).with(user(users.loadUserByUsername(username))).exchange();
    }

    protected String page(String username, String uri) {
        MvcTestResult result = get(username, uri);
        try {
            return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rows of plain SQL with the measure and 2025 bound as the first three parameters. */
    protected List<List<String>> sql(String query, String measureId) {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = warehouse.connect(); PreparedStatement statement = connection.prepareStatement(query)) {
            statement.setString(1, measureId);
            statement.setDate(2, Date.valueOf(MeasuredWarehouse.YEAR.start()));
            statement.setDate(3, Date.valueOf(MeasuredWarehouse.YEAR.end()));
            try (ResultSet result = statement.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    List<String> row = new ArrayList<>();
                    for (int c = 1; c <= columns; c++) {
                        row.add(result.getString(c));
                    }
                    rows.add(row);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("stratum-measure-pages");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // best effort: the folder is in the system's temporary directory
        }
    }
}
