package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * The upgrading stage reached, with the OEM → ODM → OBM mix (shares of sales, %) and its change since the previous
 * year.
 *
 * @param stage           process, product, functional, or chain (functional upgrading plus sales in a related new chain)
 * @param oemShare        OEM sales / sales × 100, or {@code null}
 * @param odmShare        ODM sales / sales × 100, or {@code null}
 * @param obmShare        OBM sales / sales × 100, or {@code null}
 * @param obmChange       change of the OBM share since the previous year in percentage points, or {@code null}
 * @param explanation     why, in both languages
 */
public record UpgradingResult(UpgradingStage stage, @Nullable Double oemShare, @Nullable Double odmShare,
                              @Nullable Double obmShare, @Nullable Double obmChange, LocalizedText explanation) {
}
