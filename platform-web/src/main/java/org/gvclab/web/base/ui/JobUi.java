package org.gvclab.web.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import org.gvclab.web.base.UserErrors;
import org.gvclab.web.base.UserMessage;
import org.gvclab.web.base.job.Job;
import org.gvclab.web.base.job.JobListener;

/**
 * Follows a background {@link Job} from a view: progress, notices and the outcome arrive in the view's UI (through
 * {@code UI.access}; the application pushes), and the job is
 * cancelled when the view goes away. A failure is explained once by {@link UserErrors}: a message the user can act
 * on, or an incident id with the detail in the log.
 */
public final class JobUi {

    private JobUi() {
    }

    /**
     * A listener that passes progress and notices into the UI of {@code owner} (attached, or the current UI).
     *
     * @param onProgress gets 0–1, or a negative number while the job cannot tell
     * @param onNotice   gets messages that do not stop the job
     */
    public static JobListener listener(Component owner, DoubleConsumer onProgress, Consumer<UserMessage> onNotice) {
        UI ui = ui(owner);
        return new JobListener() {
            @Override
            public void progress(double fraction) {
                access(ui, () -> onProgress.accept(fraction));
            }

            @Override
            public void notice(UserMessage message) {
                access(ui, () -> onNotice.accept(message));
            }
        };
    }

    /**
     * Calls {@code onDone} with the result, or {@code onFailure} with the explained failure (also when cancelled:
     * {@link UserErrors.Explanation#cancelled()}), in the UI of {@code owner}; cancels the job when {@code owner} is
     * detached first.
     *
     * @return removes the detach hook (the outcome callbacks still run)
     */
    public static <T> Registration follow(Component owner, Job<T> job, Consumer<? super T> onDone,
                                          Consumer<UserErrors.Explanation> onFailure) {
        UI ui = ui(owner);
        Registration detach = owner.addDetachListener(e -> job.cancel());
        job.result().whenComplete((result, error) -> {
            if (error == null) {
                access(ui, () -> onDone.accept(result));
            } else {
                UserErrors.Explanation explanation = UserErrors.explain(error, job.toString());
                access(ui, () -> onFailure.accept(explanation));
            }
            access(ui, detach::remove);
        });
        return detach;
    }

    /** A consumer that hands each value to {@code action} in the UI of {@code owner} (for callbacks of a job). */
    public static <T> Consumer<T> inUi(Component owner, Consumer<T> action) {
        UI ui = ui(owner);
        return value -> access(ui, () -> action.accept(value));
    }

    /** The usual way to show a failure: a notification with the message (nothing for a cancelled job). */
    public static void notify(Component owner, UserErrors.Explanation explanation) {
        if (explanation.cancelled()) {
            return;
        }
        Notification n = Notification.show(owner.getTranslation(explanation.message().key(),
                explanation.message().argArray()), 8000, Notification.Position.MIDDLE);
        n.addThemeVariants(explanation.incidentId() == null ? NotificationVariant.LUMO_WARNING
                : NotificationVariant.LUMO_ERROR);
        n.setId("job-error");
    }

    /** The text of a message in the reader's language. */
    public static String text(Component owner, UserMessage message) {
        return owner.getTranslation(message.key(), message.argArray());
    }

    private static UI ui(Component owner) {
        return owner.getUI().orElseGet(() -> {
            UI current = UI.getCurrent();
            if (current == null) {
                throw new IllegalStateException("follow a job from a view that is attached to a UI");
            }
            return current;
        });
    }

    private static void access(UI ui, SerializableRunnable action) {
        try {
            ui.access(action::run);
        } catch (UIDetachedException gone) {
            // the user left: nothing to show
        }
    }
}
