package org.gvclab.core.paradox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.indicator.Group;
import org.jspecify.annotations.Nullable;

/**
 * A diagnosis as one JSON document (docs/model.md, "Command line"): what {@code gvclab-cli diagnose} prints and
 * what the web service's result turns into, so the two can be compared byte for byte. Enum names are the core's
 * ({@code PLATFORM}, {@code SNAKE}, …); numbers are full-precision doubles; texts carry both languages.
 */
public final class DiagnosisJson {

    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosisJson() {
    }

    /** The document, pretty-printed with a final newline. */
    public static String write(DiagnosisResult r) {
        try {
            return MAPPER.writeValueAsString(toJson(r)) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write the diagnosis as JSON", e);
        }
    }

    /** The document as a tree. */
    public static ObjectNode toJson(DiagnosisResult r) {
        ObjectNode o = F.objectNode();
        o.put("year", r.year());
        LockIn l = r.lockIn();
        ObjectNode li = o.putObject("lock_in");
        num(li, "index", l.index());
        num(li, "p10", l.low());
        num(li, "p90", l.high());
        ObjectNode factors = li.putObject("factors");
        for (GroupScore g : r.factors()) {
            num(factors, g.group().name(), g.risk());
        }
        ObjectNode outcomes = li.putObject("outcomes");
        for (IndicatorScore s : l.outcomes()) {
            ObjectNode x = outcomes.putObject(s.indicator().id());
            x.put("value", s.compared());
            x.put("reference", s.benchmark().value());
            x.put("reference_is_assumption", s.benchmark().assumption());
            x.put("risk", s.risk());
        }
        num(li, "driver_composite", l.driverComposite());
        ObjectNode weights = li.putObject("factor_weights");
        for (Group g : Group.factors()) {
            num(weights, g.name(), l.factorWeights().get(g));
        }
        li.set("weights_applied", text(l.weightsApplied()));
        ArrayNode ranking = li.putArray("factor_ranking");
        for (FactorDriver d : l.factorRanking()) {
            ObjectNode x = ranking.addObject();
            x.put("factor", d.factor().name());
            x.put("risk", d.risk());
            x.put("weight", d.weight());
            x.put("weighted_risk", d.weightedRisk());
        }
        ArrayNode drivers = li.putArray("driver_indicators");
        for (Driver d : r.drivers()) {
            ObjectNode x = drivers.addObject();
            x.put("indicator", d.indicatorId());
            x.put("factor", d.factor().name());
            x.put("risk", d.risk());
            x.put("contribution", d.contribution());
        }
        o.put("architecture", r.architecture().type().name());
        o.put("spider_share", r.architecture().spiderShare());
        o.put("governance", r.governance().type() == null ? null : r.governance().type().name());
        o.put("stage", r.upgrading().stage().name());
        o.put("path", r.recommendation().path().name());
        PathEvidence e = r.recommendation().evidence();
        ObjectNode pe = o.putObject("path_evidence");
        pe.put("spider_share", e.spiderShare());
        num(pe, "specialised_market", e.market());
        num(pe, "lead_firm_concentration", e.concentration());
        pe.put("governance_lean", e.governanceLean());
        pe.put("platform_score", e.platformScore());
        pe.put("lead_firm_score", e.leadFirmScore());
        o.set("reasons", texts(r.recommendation().reasons()));
        ChainUpgrading c = r.chain();
        ObjectNode ch = o.putObject("chain_upgrading");
        ch.put("detected", c.detected());
        num(ch, "share", c.share());
        num(ch, "change", c.change());
        InnovationAgglomeration a = r.agglomeration();
        ObjectNode ag = o.putObject("innovation_agglomeration");
        num(ag, "rd_staff_share", a.rdStaffShare());
        num(ag, "reference_share", a.referenceShare());
        num(ag, "location_quotient", a.locationQuotient());
        num(ag, "ellison_glaeser", a.ellisonGlaeser());
        RentDistribution rent = r.rent();
        ObjectNode rd = o.putObject("rent");
        rd.put("value_added", rent.valueAdded());
        num(rd, "labour_compensation", rent.labourCompensation());
        num(rd, "operating_surplus", rent.operatingSurplus());
        num(rd, "labour_share", rent.labourShare());
        ObjectNode byFunction = rd.putObject("by_function");
        for (RentDistribution.FunctionRent f : rent.byFunction()) {
            ObjectNode x = byFunction.putObject(f.function());
            x.put("sales_share", f.salesShare());
            x.put("value_added_rate", f.valueAddedRate());
            x.put("value_added_share", f.valueAddedShare());
        }
        num(rd, "domestic_chain_share", rent.domesticChainShare());
        num(rd, "own_stage_share", rent.ownStageShare());
        IoEvidence io = r.io();
        if (io != null) {
            ObjectNode x = o.putObject("io_evidence");
            x.put("table", io.table());
            x.put("link", io.link());
            x.put("upstreamness", io.upstreamness());
            x.put("downstreamness", io.downstreamness());
            num(x, "gvc_participation_backward", io.gvcParticipationBackward());
            num(x, "gvc_participation_forward", io.gvcParticipationForward());
            num(x, "dva_share_of_exports", io.dvaShareOfExports());
            num(x, "vertical_specialisation", io.verticalSpecialisation());
            num(x, "region_dva_share_of_exports", io.regionDvaShare());
            num(x, "sector_value_added_rate", io.sectorValueAddedRate());
            num(x, "top_supplier_share", io.topSupplierShare());
            x.put("top_supplier", io.topSupplier());
            num(x, "input_diversity", io.inputDiversity());
        }
        o.set("notes", texts(r.notes()));
        return o;
    }

    private static void num(ObjectNode o, String key, @Nullable Double v) {
        if (v == null || !Double.isFinite(v)) {
            o.putNull(key);
        } else {
            o.put(key, v.doubleValue());
        }
    }

    static ObjectNode text(LocalizedText t) {
        ObjectNode o = F.objectNode();
        o.put("en", t.en());
        o.put("zh", t.zh());
        return o;
    }

    static ArrayNode texts(List<LocalizedText> ts) {
        ArrayNode a = F.arrayNode();
        ts.forEach(t -> a.add(text(t)));
        return a;
    }
}
