package org.gvclab.web.account;

import java.util.Set;
import org.gvclab.web.security.UserAccount;

/** A user as the administration view lists it: the account, its jurisdictions and whether it is locked now. */
public record UserSummary(UserAccount account, Set<Long> jurisdictionIds, boolean locked) {

    public UserSummary {
        jurisdictionIds = Set.copyOf(jurisdictionIds);
    }
}
