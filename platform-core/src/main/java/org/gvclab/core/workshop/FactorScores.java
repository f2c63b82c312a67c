package org.gvclab.core.workshop;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A participant's five-factor scoring: a score from 1 (no risk of low-end lock-in from this factor) to 7 (a strong
 * one) for every factor, and an optional comment per factor. The 1–7 scale is the issue's; its anchors are our
 * wording (*assumption*).
 *
 * @param scores   score by factor id, 1–7, one for every factor
 * @param comments comment by factor id (optional, at most {@link #MAX_COMMENT} characters)
 */
public record FactorScores(Map<String, Integer> scores, Map<String, String> comments) implements Submission {

    /** The lowest score. */
    public static final int MIN = 1;
    /** The highest score. */
    public static final int MAX = 7;
    /** The longest comment accepted, in characters. */
    public static final int MAX_COMMENT = 500;

    public FactorScores {
        scores = Map.copyOf(scores);
        Map<String, String> kept = new LinkedHashMap<>();
        comments.forEach((k, v) -> {
            if (v != null && !v.isBlank()) {
                kept.put(k, v.strip());
            }
        });
        comments = Map.copyOf(kept);
    }

    @Override
    public ActivityKind kind() {
        return ActivityKind.FACTOR_SCORING;
    }

    @Override
    public void validate(List<String> factorIds) {
        for (String id : factorIds) {
            Integer s = scores.get(id);
            if (s == null) {
                throw new InvalidSubmissionException("factor " + id + " has no score");
            }
            if (s < MIN || s > MAX) {
                throw new InvalidSubmissionException("factor " + id + ": score " + s + " is outside " + MIN + "–" + MAX);
            }
        }
        for (String id : scores.keySet()) {
            if (!factorIds.contains(id)) {
                throw new InvalidSubmissionException("unknown factor " + id);
            }
        }
        for (Map.Entry<String, String> c : comments.entrySet()) {
            if (!factorIds.contains(c.getKey())) {
                throw new InvalidSubmissionException("comment for unknown factor " + c.getKey());
            }
            if (c.getValue().length() > MAX_COMMENT) {
                throw new InvalidSubmissionException("factor " + c.getKey() + ": the comment has "
                        + c.getValue().length() + " characters, at most " + MAX_COMMENT + " are accepted");
            }
        }
    }
}
