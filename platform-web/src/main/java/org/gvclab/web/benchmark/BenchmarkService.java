package org.gvclab.web.benchmark;

import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.gvclab.core.paradox.BenchmarkSet;
import org.gvclab.core.paradox.BenchmarkValue;
import org.gvclab.web.audit.AuditLog;
import org.gvclab.web.security.CurrentUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The reference set the diagnosis uses. On first start it is filled with the core's shipped default set
 * (each value marked as sourced or as an assumption); administrators change values afterwards.
 */
@Service
@Order(0)
public class BenchmarkService implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkService.class);
    private final BenchmarkRepository repository;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    public BenchmarkService(BenchmarkRepository repository, CurrentUser currentUser, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        // the shipped defaults for every indicator not stored yet: the whole set on a new database, and the
        // references of indicators added by a new version (e.g. the outcomes of the lock-in index) on an old one
        java.util.Set<String> stored = new java.util.HashSet<>();
        repository.findAll().forEach(b -> stored.add(b.value().indicatorId()));
        BenchmarkSet defaults = BenchmarkSet.defaults();
        OffsetDateTime now = OffsetDateTime.now(clock);
        java.util.List<String> added = new java.util.ArrayList<>();
        defaults.values().values().stream().filter(v -> !stored.contains(v.indicatorId()))
                .sorted(java.util.Comparator.comparing(v -> v.indicatorId())).forEach(v -> {
                    repository.insert(v, now, "system");
                    added.add(v.indicatorId());
                });
        if (!added.isEmpty()) {
            log.info("Reference values: stored {} shipped default values: {}", added.size(), added);
        }
    }

    /** The current reference set, as the diagnosis takes it. */
    @Transactional(readOnly = true)
    public BenchmarkSet current() {
        return BenchmarkSet.of("GVC Lab", all().stream().map(StoredBenchmark::value).toList());
    }

    /** Changes whenever a reference value changes, for caches of results that depend on them. */
    @Transactional(readOnly = true)
    public String fingerprint() {
        StringBuilder sb = new StringBuilder();
        all().forEach(b -> sb.append(b.id()).append(':').append(b.version()).append(','));
        return sb.toString();
    }

    @Transactional(readOnly = true)
    public List<StoredBenchmark> all() {
        return repository.findAll();
    }

    @RolesAllowed("ADMIN")
    @Transactional
    /** Changes a value (the core's record already guarantees low &lt; value &lt; high). */
    public void update(StoredBenchmark before, BenchmarkValue after) {
        String actor = currentUser.scope().username();
        repository.update(before.id(), before.version(), after, OffsetDateTime.now(clock), actor);
        audit.record(actor, null, "benchmark", after.indicatorId(), "update", before.value(), after);
    }
}
