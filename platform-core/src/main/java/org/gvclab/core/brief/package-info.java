/**
 * Drafting a policy brief's prose from computed results: the summary, the key findings, the strategy conclusion and
 * the recommendation, in Chinese and English, every sentence from the bundles and every number by the one number
 * rule, each paragraph with the provenance of the numbers it states.
 */
@NullMarked
package org.gvclab.core.brief;

import org.jspecify.annotations.NullMarked;
