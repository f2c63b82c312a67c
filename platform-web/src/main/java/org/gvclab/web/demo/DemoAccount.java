package org.gvclab.web.demo;

import java.util.List;
import org.gvclab.web.security.Role;

/**
 * A demo account, shown on the login page in demo mode only. Demo passwords are public by design: never run
 * demo mode on a server that holds real data.
 */
public record DemoAccount(String username, String password, Role role, List<String> jurisdictionCodes) {

    public DemoAccount {
        jurisdictionCodes = List.copyOf(jurisdictionCodes);
    }

    /** The accounts demo mode creates, one per role. */
    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("demo-official", "official-demo-zhuji-2026", Role.OFFICIAL, List.of("330681")),
            new DemoAccount("demo-consultant", "consultant-demo-2026", Role.CONSULTANT,
                    List.of("330681", "330784", "441900", "350582")),
            new DemoAccount("demo-admin", "admin-demo-2026", Role.ADMIN, List.of()));
}
