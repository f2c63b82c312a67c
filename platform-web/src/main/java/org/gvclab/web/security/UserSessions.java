package org.gvclab.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The live HTTP sessions of this node, so that all of a user's sessions can end at once (ASVS 3.3.3, 3.3.4): on a
 * password change (the other sessions), a password reset, a lock, a role change or a disabled account (all of them).
 * Ending a session invalidates it, which also closes its Vaadin session and UIs; the browser's next request finds
 * no session and lands on the sign-in page.
 *
 * <p>Also applies the idle timeout ({@code server.servlet.session.timeout}, {@code GVCLAB_SESSION_TIMEOUT}) to every
 * new session to the second (Tomcat's own setting counts whole minutes).
 *
 * <p>Limit: sessions on other application nodes are not reached (docs/SECURITY.md).
 */
@Component
public class UserSessions implements HttpSessionListener, HttpSessionIdListener {

    private static final Logger log = LoggerFactory.getLogger(UserSessions.class);
    private static final Executor ENDER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "session-ender");
        t.setDaemon(true);
        return t;
    });
    private final ConcurrentMap<String, HttpSession> live = new ConcurrentHashMap<>();
    private final int idleSeconds;

    UserSessions(@Value("${server.servlet.session.timeout:30m}") Duration idleTimeout) {
        this.idleSeconds = (int) Math.max(1, idleTimeout.toSeconds());
    }

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        HttpSession session = event.getSession();
        session.setMaxInactiveInterval(idleSeconds);
        live.put(session.getId(), session);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        live.remove(event.getSession().getId());
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        live.remove(oldSessionId);
        live.put(event.getSession().getId(), event.getSession());
    }

    /** Ends every session of {@code username}; returns how many ended. */
    public int endAll(String username) {
        return end(username, null);
    }

    /** Ends every session of {@code username} except the one of the current request. */
    public int endOthers(String username) {
        return end(username, currentSessionId().orElse(null));
    }

    /** How many live sessions {@code username} has on this node. */
    public long count(String username) {
        return live.values().stream().filter(s -> username.equals(usernameOf(s))).count();
    }

    private int end(String username, @Nullable String keep) {
        String current = currentSessionId().orElse(null);
        List<HttpSession> others = new ArrayList<>();
        HttpSession own = null;
        for (HttpSession session : List.copyOf(live.values())) {
            if (username.equals(usernameOf(session)) && !session.getId().equals(keep)) {
                if (session.getId().equals(current)) {
                    own = session;
                } else {
                    others.add(session);
                }
            }
        }
        // Other sessions end on a thread of their own: ending one closes its Vaadin session, which swaps Vaadin's
        // thread-bound "current" session and UI; on the caller's (UI) thread that would break the caller's own UI.
        CompletableFuture<Integer> job = CompletableFuture.supplyAsync(() -> {
            int n = 0;
            for (HttpSession session : others) {
                n += invalidate(session) ? 1 : 0;
            }
            return n;
        }, ENDER);
        int ended;
        try {
            ended = job.get(30, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            log.warn("Ending the sessions of '{}' did not finish in time; it goes on in the background", username, e);
            ended = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            ended = 0;
        }
        if (own != null && invalidate(own)) {
            ended++;
        }
        if (ended > 0) {
            log.info("Ended {} session(s) of '{}'", ended, username);
        }
        return ended;
    }

    private boolean invalidate(HttpSession session) {
        live.remove(session.getId());
        try {
            session.invalidate();
            return true;
        } catch (IllegalStateException alreadyInvalid) {
            return false;
        }
    }

    private static @Nullable String usernameOf(HttpSession session) {
        try {
            Object context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
            Authentication auth = context instanceof SecurityContext c ? c.getAuthentication() : null;
            return auth == null ? null : auth.getName();
        } catch (IllegalStateException invalidated) {
            return null;
        }
    }

    private static Optional<String> currentSessionId() {
        RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
        if (attributes instanceof ServletRequestAttributes servlet) {
            HttpServletRequest request = servlet.getRequest();
            HttpSession session = request.getSession(false);
            return Optional.ofNullable(session).map(HttpSession::getId);
        }
        return Optional.empty();
    }
}
