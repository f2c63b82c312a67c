package org.gvclab.web.workshop;

import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event bus across application nodes sharing one PostgreSQL: publishing is {@code pg_notify} on the caller's
 * connection (so PostgreSQL delivers it when the caller's transaction commits, and drops it on rollback); each
 * node LISTENs on a dedicated connection in a daemon thread ({@code PGConnection#getNotifications(timeout)}),
 * reconnects with back-off when the connection fails, and then tells its screens to reload, since events may have
 * been missed meanwhile. A node receives its own notifications too, so delivery is the same for local and remote
 * events.
 */
class PostgresWorkshopEventBus implements WorkshopEventBus, AutoCloseable {

    /** The notification channel. */
    static final String CHANNEL = "gvclab_workshop";
    private static final Logger log = LoggerFactory.getLogger(PostgresWorkshopEventBus.class);
    private final WorkshopEventRepository events;
    private final Callable<Connection> connect;
    private final LocalWorkshopEventBus local = new LocalWorkshopEventBus();
    private final Thread listener;
    private volatile boolean running = true;
    private volatile boolean listening;

    /**
     * @param events  publishes through the application's (transaction-bound) connections
     * @param connect opens the dedicated listening connection
     */
    PostgresWorkshopEventBus(WorkshopEventRepository events, Callable<Connection> connect) {
        this.events = events;
        this.connect = connect;
        this.listener = new Thread(this::listen, "workshop-pg-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void publish(WorkshopEvent event) {
        events.notify(CHANNEL, event.payload());
    }

    @Override
    public Subscription subscribe(long workshopId, Consumer<WorkshopEvent> consumer) {
        return local.subscribe(workshopId, consumer);
    }

    /** Whether the listening connection is up (for tests and health checks). */
    boolean isListening() {
        return listening;
    }

    int listenerCount() {
        return local.listenerCount();
    }

    private void listen() {
        long backoffMillis = 500;
        boolean reconnect = false;
        while (running) {
            try (Connection c = connect.call(); Statement s = c.createStatement()) {
                s.execute("LISTEN " + CHANNEL);
                PGConnection pg = c.unwrap(PGConnection.class);
                listening = true;
                backoffMillis = 500;
                if (reconnect) {
                    log.info("Workshop event listener reconnected to PostgreSQL");
                    local.resyncAll();
                }
                while (running) {
                    PGNotification[] notifications = pg.getNotifications(1000);
                    if (notifications != null) {
                        for (PGNotification n : notifications) {
                            deliver(n.getParameter());
                        }
                    }
                }
            } catch (Exception e) {
                listening = false;
                if (!running) {
                    break;
                }
                log.warn("Workshop event listener lost its PostgreSQL connection ({}); retrying in {} ms",
                        e.getMessage(), backoffMillis);
                reconnect = true;
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    break;
                }
                backoffMillis = Math.min(backoffMillis * 2, 30_000);
            }
        }
        listening = false;
    }

    private void deliver(String payload) {
        try {
            local.deliver(WorkshopEvent.parse(payload));
        } catch (IllegalArgumentException e) {
            log.warn("Ignoring a malformed workshop notification '{}'", payload);
        }
    }

    @Override
    public void close() {
        running = false;
        listener.interrupt();
        local.close();
    }
}
