package org.gvclab.web.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * The two stores GVC Lab runs on, each freshly migrated with the application's Flyway scripts: H2 in
 * PostgreSQL mode (the default) and a real PostgreSQL started by the test suite (embedded binaries from Maven
 * Central). Repository tests run against both.
 */
public enum TestDatabase {
    H2 {
        @Override
        DataSource newDataSource() {
            JdbcDataSource ds = new JdbcDataSource();
            ds.setURL("jdbc:h2:mem:" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
            ds.setUser("sa");
            return ds;
        }

        @Override
        SQLDialect dialect() {
            return SQLDialect.H2;
        }
    },
    POSTGRES {
        @Override
        DataSource newDataSource() {
            return EmbeddedPostgresHolder.newDatabase();
        }

        @Override
        SQLDialect dialect() {
            return SQLDialect.POSTGRES;
        }
    };

    abstract DataSource newDataSource();

    abstract SQLDialect dialect();

    /** A new, empty database of this kind, migrated to the current schema. */
    public DSLContext freshlyMigrated() {
        DataSource dataSource = newDataSource();
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return DSL.using(dataSource, dialect());
    }

    /** One PostgreSQL server per test JVM; each test gets its own database on it. */
    public static final class EmbeddedPostgresHolder {
        private static EmbeddedPostgres server;

        private EmbeddedPostgresHolder() {
        }

        public static synchronized EmbeddedPostgres server() {
            if (server == null) {
                try {
                    server = EmbeddedPostgres.builder().start();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
                }
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    try {
                        server.close();
                    } catch (IOException ignored) {
                        // the JVM is ending anyway
                    }
                }));
            }
            return server;
        }

        static DataSource newDatabase() {
            String name = "t" + UUID.randomUUID().toString().replace("-", "");
            DataSource admin = server().getPostgresDatabase();
            try (var c = admin.getConnection(); var s = c.createStatement()) {
                s.execute("create database " + name);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("cannot create test database", e);
            }
            return server().getDatabase("postgres", name);
        }
    }
}
