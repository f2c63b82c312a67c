package org.gvclab.web.benchmark;

import java.time.OffsetDateTime;
import org.gvclab.core.paradox.BenchmarkValue;

/** A stored reference value with its optimistic-lock version and last change. */
public record StoredBenchmark(long id, BenchmarkValue value, int version, OffsetDateTime updatedAt, String updatedBy) {
}
