package org.stratum.app.web.quality;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.stratum.engine.warehouse.Warehouse;

/**
 * The Data quality pages' tests share one application over one imported synthetic warehouse (Spring
 * caches the context between the classes), with the demo accounts. The API's Data quality tests use it too.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(QualityWarehouse.class)
public abstract class QualityPages {
    protected static final Path DATA_DIR = temporaryDataDir();

    @DynamicPropertySource
    static void syntheticWarehouseWithDemoAccounts(DynamicPropertyRegistry registry) {
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

    @Autowired
    protected JdbcClient workflowStore;

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

    private static Path temporaryDataDir() {
        try {
            Path dir = Files.createTempDirectory("stratum-quality-pages");
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
