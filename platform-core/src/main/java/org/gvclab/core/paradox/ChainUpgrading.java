package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * Chain upgrading: entry into a related new chain of higher-value products (Humphrey &amp; Schmitz 2002), read from the
 * recorded sales in such a chain (docs/model.md, "Chain upgrading").
 *
 * @param detected    whether the cluster has entered a related chain: its sales there reach
 *                    {@link Diagnosis#CHAIN_ENTRY} % of sales and did not fall since the previous year
 * @param share       sales in the related chain / sales × 100, or null when not recorded
 * @param change      the change of that share since the previous year, points, or null
 * @param explanation what the data show, in both languages
 */
public record ChainUpgrading(boolean detected, @Nullable Double share, @Nullable Double change, LocalizedText explanation) {
}
