package org.gvclab.web.workshop;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event bus of a single node (H2): listeners are called on one dispatcher thread, never on the publisher's
 * (which may hold another Vaadin session's lock). Also the delivery part of {@link PostgresWorkshopEventBus}.
 */
class LocalWorkshopEventBus implements WorkshopEventBus, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalWorkshopEventBus.class);
    private final Map<Long, List<Consumer<WorkshopEvent>>> listeners = new ConcurrentHashMap<>();
    private final ExecutorService dispatcher = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "workshop-events");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void publish(WorkshopEvent event) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    deliver(event);
                }
            });
        } else {
            deliver(event);
        }
    }

    @Override
    public Subscription subscribe(long workshopId, Consumer<WorkshopEvent> listener) {
        listeners.computeIfAbsent(workshopId, k -> new CopyOnWriteArrayList<>()).add(listener);
        return () -> listeners.computeIfPresent(workshopId, (k, list) -> {
            list.remove(listener);
            return list.isEmpty() ? null : list;
        });
    }

    /** Hands the event to this node's listeners of its workshop, asynchronously. */
    void deliver(WorkshopEvent event) {
        List<Consumer<WorkshopEvent>> targets = listeners.get(event.workshopId());
        if (targets == null || targets.isEmpty()) {
            return;
        }
        dispatcher.execute(() -> {
            for (Consumer<WorkshopEvent> l : targets) {
                try {
                    l.accept(event);
                } catch (RuntimeException e) {
                    log.warn("A workshop event listener failed on {}", event, e);
                }
            }
        });
    }

    /** Tells every listener of this node to reload (after a reconnect that may have lost events). */
    void resyncAll() {
        listeners.keySet().forEach(id -> deliver(new WorkshopEvent(id, WorkshopEvent.Kind.RESYNC)));
    }

    /** How many listeners are registered on this node (for tests: views must not leak them). */
    int listenerCount() {
        return listeners.values().stream().mapToInt(List::size).sum();
    }

    @Override
    public void close() {
        dispatcher.shutdownNow();
    }
}
