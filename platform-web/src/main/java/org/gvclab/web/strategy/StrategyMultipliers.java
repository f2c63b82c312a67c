package org.gvclab.web.strategy;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.io.model.IoException;
import org.gvclab.core.io.regional.RegionalIo;
import org.gvclab.core.io.regional.Regionalisation;
import org.gvclab.core.io.regional.SectorMultipliers;
import org.gvclab.core.strategy.RegionalMultipliers;
import org.gvclab.web.iotable.IoLink;
import org.gvclab.web.iotable.IoTableService;
import org.gvclab.web.iotable.RegionalEmploymentService;
import org.gvclab.web.iotable.StoredRegionalEmployment;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Type I regional multipliers for a cluster's strategy projection, from the input-output table the cluster is
 * linked to (issue 5, docs/methods.md#regionalisation): the linked region's domestic coefficients as they are (national multipliers,
 * output and value added only) or, when regional employment by sector was uploaded for that link, regionalised with
 * FLQ and with an employment multiplier in the cluster's currency unit ({@link RegionalIo}). Results are kept in
 * memory by (table content, region, sector, employment upload), so only the first call after a change loads the
 * table (up to about a second for a large one): call {@link #of} off the UI thread.
 */
@Service
public class StrategyMultipliers {

    private static final int CACHE_SIZE = 512;

    private final IoTableService tables;
    private final RegionalEmploymentService employment;
    private final Map<String, RegionalMultipliers> cache = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, RegionalMultipliers> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    StrategyMultipliers(IoTableService tables, RegionalEmploymentService employment) {
        this.tables = tables;
        this.employment = employment;
    }

    /** What a cluster's multipliers would be based on, read cheaply (two small queries, no table loaded). */
    public record Basis(IoLink link, @Nullable StoredRegionalEmployment employment) {

        /** Whether an employment multiplier (and so the regional jobs effect) is available. */
        public boolean hasJobs() {
            return employment != null;
        }

        /** The cache key: table content, region, sector and employment upload. */
        String key() {
            return link.checksum() + "|" + link.regionIndex() + "|" + link.sectorIndex() + "|"
                    + (employment == null ? "-" : employment.revision());
        }
    }

    /**
     * The link and the employment upload that holds for it, or empty when the cluster has no link.
     *
     * @throws org.gvclab.web.base.NotFoundInScopeException when the cluster is not in the caller's jurisdictions
     */
    public Optional<Basis> basis(long clusterId) {
        return tables.linkOf(clusterId).map(l -> new Basis(l, employment.forLink(l).orElse(null)));
    }

    /**
     * A fingerprint of what the multipliers of a cluster depend on (for caches of results computed with them):
     * {@code "none"} without a link.
     */
    public String fingerprint(long clusterId) {
        return basis(clusterId).map(Basis::key).orElse("none");
    }

    /**
     * The multipliers of the cluster's linked region-sector, if it has a link. Blocking when the table is not in
     * memory yet.
     *
     * @throws MultipliersUnavailableException when the table yields no multipliers for the linked sector (zero output
     *                                         there, or a singular {@code I − A})
     */
    public Optional<RegionalMultipliers> of(long clusterId) {
        return basis(clusterId).map(this::of);
    }

    /** The multipliers for a basis read before (see {@link #basis}). */
    public RegionalMultipliers of(Basis basis) {
        String key = basis.key();
        synchronized (cache) {
            RegionalMultipliers m = cache.get(key);
            if (m != null) {
                return m;
            }
        }
        RegionalMultipliers m = compute(basis);
        synchronized (cache) {
            cache.put(key, m);
        }
        return m;
    }

    private RegionalMultipliers compute(Basis basis) {
        IoLink link = basis.link();
        StoredRegionalEmployment e = basis.employment();
        SectorMultipliers s;
        try {
            s = RegionalIo.multipliers(tables.model(link), link.regionIndex(), link.sectorIndex(),
                    e == null ? null : e.employment(), e == null ? Regionalisation.DEFAULT_DELTA : e.delta());
        } catch (IoException | IllegalArgumentException ex) {
            throw new MultipliersUnavailableException(link.tableName(), link.region(), link.sector(),
                    String.valueOf(ex.getMessage()));
        }
        LocalizedText source = source(link, s, e);
        return s.employment().isPresent()
                ? new RegionalMultipliers(s.output(), s.valueAdded(), s.employment().getAsDouble(), source)
                : new RegionalMultipliers(s.output(), s.valueAdded(), source);
    }

    /** Table, region, sector, method and employment source, then the core's account of the computation. */
    static LocalizedText source(IoLink link, SectorMultipliers s, @Nullable StoredRegionalEmployment e) {
        String method = s.method() == SectorMultipliers.Method.FLQ
                ? "FLQ δ = " + java.math.BigDecimal.valueOf(s.delta().orElseThrow()).stripTrailingZeros().toPlainString()
                : null;
        StringBuilder zh = new StringBuilder("投入产出表 “").append(link.tableName()).append("”，地区 ")
                .append(link.region()).append("，部门 ").append(link.sector()).append("；方法：")
                .append(method == null ? "全国（本地）系数，未区域化" : method);
        StringBuilder en = new StringBuilder("IO table '").append(link.tableName()).append("', region ")
                .append(link.region()).append(", sector ").append(link.sector()).append("; method: ")
                .append(method == null ? "national (domestic) coefficients, not regionalised" : method);
        if (e != null) {
            String date = e.updatedAt().toLocalDate().format(DateTimeFormatter.ISO_LOCAL_DATE);
            zh.append("；就业数据：").append(e.source()).append("（").append(e.fileName()).append("，").append(e.updatedBy())
                    .append("，").append(date).append("）");
            en.append("; employment data: ").append(e.source()).append(" (").append(e.fileName()).append(", ")
                    .append(e.updatedBy()).append(", ").append(date).append(")");
        } else {
            zh.append("；无地区就业数据");
            en.append("; no regional employment data");
        }
        zh.append("。").append(s.description().zh());
        en.append(". ").append(s.description().en());
        return new LocalizedText(zh.toString(), en.toString());
    }
}
