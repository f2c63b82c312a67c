package org.gvclab.web.workshop;

import java.util.function.Consumer;

/**
 * Carries workshop events to every screen that shows the workshop, on every application node: in process on H2
 * ({@link LocalWorkshopEventBus}), through PostgreSQL LISTEN/NOTIFY across nodes ({@link PostgresWorkshopEventBus}).
 * Events published inside a transaction are delivered after it commits, and not at all if it rolls back.
 */
public interface WorkshopEventBus {

    /** Publishes an event (after the current transaction commits, if there is one). */
    void publish(WorkshopEvent event);

    /**
     * Calls {@code listener} for every event of one workshop, on a bus thread (a Vaadin view hands the work to its UI
     * with {@code UI.access}), until the returned subscription is closed.
     */
    Subscription subscribe(long workshopId, Consumer<WorkshopEvent> listener);

    /** An active subscription; closing it stops delivery (views close it when detached). */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
