package org.gvclab.web.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application on a random port, in demo mode, on an in-memory H2 database. Every integration test
 * that uses it shares one Spring context (and so one database): tests create the records they change.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:gvclab-it;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
        "gvclab.admin-password=it-admin-password",
        // tests ask for the outputs they check; IoTableServiceIT starts the background computation itself
        "gvclab.io.compute-all-on-upload=false"})
@ActiveProfiles("demo")
public @interface AppIT {
}
