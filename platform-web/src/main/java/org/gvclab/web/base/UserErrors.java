package org.gvclab.web.base;

import java.util.UUID;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;

/**
 * The one rule for what a user is told about a failure, used by the central error handler, the error page and
 * every background job: a problem the user can fix shows its own message; a conflict or a record out of scope
 * shows a standard message; anything else is logged once with a short incident id, and the user sees only that
 * id, never the exception's own text.
 */
public final class UserErrors {

    private static final Logger log = LoggerFactory.getLogger(UserErrors.class);

    private UserErrors() {
    }

    /**
     * What went wrong, for the user.
     *
     * @param message    the text to show
     * @param incidentId the id under which the detail was logged, or null for a problem the user can fix
     * @param cancelled  whether the work was cancelled (nothing went wrong; views say "cancelled")
     */
    public record Explanation(UserMessage message, @Nullable String incidentId, boolean cancelled) {
    }

    /**
     * Explains {@code failure} and logs it: user-fixable problems at INFO, refusals at WARN, anything else at
     * ERROR with its stack trace under a new incident id.
     *
     * @param context what was being done, for the log ("strategy comparison", "opening /clusters/3")
     */
    public static Explanation explain(Throwable failure, String context) {
        Throwable t = unwrap(failure);
        if (t instanceof CancellationException) {
            log.debug("{}: cancelled", context);
            return new Explanation(UserMessage.of("job.cancelled"), null, true);
        }
        if (t instanceof UserFacingException e) {
            log.info("{}: user-facing problem {}", context, e.getMessage());
            return new Explanation(e.userMessage(), null, false);
        }
        if (t instanceof StaleDataException) {
            log.info("{}: conflict: {}", context, t.getMessage());
            return new Explanation(UserMessage.of("error.stale"), null, false);
        }
        if (t instanceof NotFoundInScopeException || t instanceof AccessDeniedException) {
            log.warn("{}: refused: {}", context, t.getMessage());
            return new Explanation(UserMessage.of("error.notFound"), null, false);
        }
        String incident = incidentId();
        log.error("Incident {}: {} failed", incident, context, t);
        return new Explanation(UserMessage.of("error.unexpected", incident), incident, false);
    }

    /** A short id the user can quote and an administrator can find in the log. */
    public static String incidentId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** The failure inside {@link CompletionException} and {@link ExecutionException} wrappers. */
    public static Throwable unwrap(Throwable e) {
        Throwable t = e;
        while ((t instanceof CompletionException || t instanceof ExecutionException) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
