package org.gvclab.web.workshop;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses the workshop event bus by the database actually behind the datasource (not by profile name):
 * PostgreSQL → LISTEN/NOTIFY across nodes; anything else (H2) → in process.
 */
@Configuration
class WorkshopEventBusConfig {

    private static final Logger log = LoggerFactory.getLogger(WorkshopEventBusConfig.class);

    @Bean(destroyMethod = "close")
    WorkshopEventBus workshopEventBus(DataSource dataSource, WorkshopEventRepository events) throws SQLException {
        String product;
        try (Connection c = dataSource.getConnection()) {
            product = c.getMetaData().getDatabaseProductName();
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            log.info("Workshop events cross nodes through PostgreSQL LISTEN/NOTIFY");
            return new PostgresWorkshopEventBus(events, listenerConnection(dataSource));
        }
        log.info("Workshop events stay in process ({})", product);
        return new LocalWorkshopEventBus();
    }

    /**
     * A connection of its own for LISTEN, outside the pool (a pooled connection would be held forever and recycled
     * under it): opened with the pool's URL and credentials.
     */
    private static Callable<Connection> listenerConnection(DataSource dataSource) {
        if (dataSource instanceof HikariDataSource hikari) {
            return () -> DriverManager.getConnection(hikari.getJdbcUrl(), hikari.getUsername(), hikari.getPassword());
        }
        return dataSource::getConnection;
    }
}
