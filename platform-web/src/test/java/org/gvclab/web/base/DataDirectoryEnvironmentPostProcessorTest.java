package org.gvclab.web.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

class DataDirectoryEnvironmentPostProcessorTest {

    private final DataDirectoryEnvironmentPostProcessor processor = new DataDirectoryEnvironmentPostProcessor();

    @Test
    void the_default_store_is_an_h2_file_in_the_data_directory() {
        MockEnvironment env = new MockEnvironment().withProperty("gvclab.data-dir", "some/dir");
        processor.postProcessEnvironment(env, new SpringApplication());
        String url = env.getProperty("spring.datasource.url");
        assertThat(url).startsWith("jdbc:h2:file:" + Path.of("some/dir").toAbsolutePath().normalize())
                .contains("MODE=PostgreSQL").contains("DATABASE_TO_LOWER=TRUE");
    }

    @Test
    void a_configured_datasource_such_as_postgresql_is_left_alone() {
        MockEnvironment env = new MockEnvironment()
                .withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/gvclab");
        processor.postProcessEnvironment(env, new SpringApplication());
        assertThat(env.getProperty("spring.datasource.url")).isEqualTo("jdbc:postgresql://db:5432/gvclab");
    }
}
