package org.gvclab.web.base;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Points the default store, an H2 database in file mode, at {@code gvclab.data-dir} (default {@code ./data}),
 * unless a datasource URL is configured (the {@code postgres} profile or an explicit setting).
 * The directory is resolved to an absolute path so that the log says exactly where the data is.
 */
public class DataDirectoryEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String H2_OPTIONS = ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.containsProperty("spring.datasource.url")) {
            return;
        }
        String dir = environment.getProperty("gvclab.data-dir", "./data");
        String url = h2FileUrl(Path.of(dir));
        environment.getPropertySources().addLast(new MapPropertySource("gvclab-data-dir",
                Map.of("spring.datasource.url", url, "spring.datasource.username", "sa",
                        "spring.datasource.password", "")));
    }

    /** The H2 URL of the GVC Lab database inside {@code dataDir}, in PostgreSQL compatibility mode. */
    public static String h2FileUrl(Path dataDir) {
        return "jdbc:h2:file:" + dataDir.toAbsolutePath().normalize().resolve("gvclab") + H2_OPTIONS;
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}
