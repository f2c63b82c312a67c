package org.gvclab.web.workshop;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Workshop settings ({@code gvclab.workshop.*}); the defaults are our choice (*assumption*), sized for a room of a
 * few dozen people behind one conference network address. Limits count per client address as the server sees it:
 * behind a reverse proxy, let the server read the client's address from {@code X-Forwarded-For}
 * ({@code server.forward-headers-strategy=native}), or every participant counts as the proxy.
 *
 * @param codeValidity         how long a join code admits people after it was issued (default 12 h)
 * @param joinsPerMinute       join attempts accepted per client address per minute (default 120)
 * @param failedJoinsPerWindow wrong codes tolerated per client address within {@code failedJoinWindow} (default 30: a
 *                             room behind one address mistypes now and then; guessing a 45-bit code at 30 tries per
 *                             10 minutes would still take of the order of 10^7 years)
 * @param failedJoinWindow     the window for counting wrong codes (default 10 min)
 * @param maxParticipants      the most participants one workshop admits (default 500)
 * @param publicUrl            the address participants reach the application at (for the QR code), e.g.
 *                             {@code https://gvclab.example.org}; empty means the address the facilitator uses
 */
@ConfigurationProperties("gvclab.workshop")
public record WorkshopProperties(
        @DefaultValue("12h") Duration codeValidity,
        @DefaultValue("120") int joinsPerMinute,
        @DefaultValue("30") int failedJoinsPerWindow,
        @DefaultValue("10m") Duration failedJoinWindow,
        @DefaultValue("500") int maxParticipants,
        @DefaultValue("") @Nullable String publicUrl) {
}
