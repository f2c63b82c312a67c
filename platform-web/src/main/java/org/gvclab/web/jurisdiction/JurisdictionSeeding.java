package org.gvclab.web.jurisdiction;

import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How the demo data puts administrative divisions in place at start-up, before anyone signs in: the one way into
 * the jurisdiction store besides {@link JurisdictionService} (whose writes are for administrators).
 */
@Component
public class JurisdictionSeeding {

    private final JurisdictionRepository repository;

    JurisdictionSeeding(JurisdictionRepository repository) {
        this.repository = repository;
    }

    /** The jurisdiction with an administrative code, if present. */
    public Optional<Jurisdiction> byCode(String code) {
        return repository.findByCode(code);
    }

    /** Stores a jurisdiction; returns its id. */
    public long insert(JurisdictionDraft draft) {
        return repository.insert(draft);
    }
}
