/**
 * Live workshops (docs/model.md, "Workshops"): the activities of an agenda (five-factor scoring, AHP pairwise
 * comparison, strategy ranking and voting), participants' submissions with their validation, the group aggregation
 * of docs/model.md, "Composite indices" (score distributions, group AHP by element-wise geometric mean, Borda count, approval votes), the
 * frozen results of a closed workshop, and their rendering as notebook tables and charts and as anonymised raw data.
 */
@NullMarked
package org.gvclab.core.workshop;

import org.jspecify.annotations.NullMarked;
