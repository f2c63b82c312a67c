package org.gvclab.web.workshop.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.gvclab.web.workshop.WorkshopEvent;
import org.gvclab.web.workshop.WorkshopEventBus;
import org.jspecify.annotations.Nullable;

/**
 * Keeps a view current: while it is attached it listens to its workshop's events and redraws through
 * {@code UI.access} (pushed to the browser); a burst of events causes one redraw, not one per event. The
 * subscription is closed when the view detaches, so closed tabs leave no listener behind.
 */
final class LiveUpdates {

    private LiveUpdates() {
    }

    /**
     * @param subscribe opens the subscription (called on attach, in the request thread, with the caller's rights)
     * @param refresh   redraws the view (called inside {@code UI.access})
     */
    static void bind(Component view,
                     Function<Consumer<WorkshopEvent>, WorkshopEventBus.Subscription> subscribe,
                     Consumer<WorkshopEvent> refresh) {
        bind(view, subscribe, event -> true, refresh);
    }

    /** As above, ignoring events for which {@code relevant} is false (they cost the view nothing, not even a push). */
    static void bind(Component view,
                     Function<Consumer<WorkshopEvent>, WorkshopEventBus.Subscription> subscribe,
                     java.util.function.Predicate<WorkshopEvent> relevant,
                     Consumer<WorkshopEvent> refresh) {
        view.addAttachListener(attach -> {
            UI ui = attach.getUI();
            AtomicBoolean pending = new AtomicBoolean();
            Holder holder = new Holder();
            holder.subscription = subscribe.apply(event -> {
                if (relevant.test(event) && pending.compareAndSet(false, true)) {
                    try {
                        ui.access(() -> {
                            pending.set(false);
                            refresh.accept(event);
                        });
                    } catch (UIDetachedException e) {
                        holder.close();
                    }
                }
            });
            holder.detach = view.addDetachListener(detach -> holder.close());
        });
    }

    private static final class Holder {
        WorkshopEventBus.@Nullable Subscription subscription;
        @Nullable Registration detach;

        synchronized void close() {
            if (subscription != null) {
                subscription.close();
                subscription = null;
            }
            if (detach != null) {
                detach.remove();
                detach = null;
            }
        }
    }
}
