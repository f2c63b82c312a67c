package org.gvclab.core.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * The catalogue of every field a cluster's yearly record holds (docs/model.md, "Data"), in form order. Ids are stable:
 * CSV headers, Excel columns, indicator formulas and user formulas refer to them.
 *
 * <p>Export shares by destination are eight fixed destination groups ({@link #DESTINATION_SHARES}); that grouping
 * is our choice (*assumption*) and is what the destination Herfindahl index is computed over.
 */
public final class FieldCatalogue {

    public static final String FIRMS = "firms";
    public static final String LEAD_FIRMS = "lead_firms";
    public static final String EMPLOYEES = "employees";
    public static final String GROSS_OUTPUT = "gross_output";
    public static final String VALUE_ADDED = "value_added";
    public static final String SALES = "sales";
    public static final String DOMESTIC_SALES = "domestic_sales";
    public static final String EXPORTS = "exports";
    public static final String PROCESSING_EXPORTS = "processing_exports";
    public static final String IMPORTED_INTERMEDIATES = "imported_intermediates";
    public static final String LOCAL_SOURCING = "local_sourcing";
    public static final String RD_EXPENDITURE = "rd_expenditure";
    public static final String RD_PERSONNEL = "rd_personnel";
    public static final String INVENTION_PATENTS = "invention_patents";
    public static final String NEW_PRODUCT_SALES = "new_product_sales";
    public static final String OBM_SALES = "obm_sales";
    public static final String ODM_SALES = "odm_sales";
    public static final String OEM_SALES = "oem_sales";
    public static final String TOP4_SALES = "top4_sales";
    public static final String MARKET_TURNOVER = "market_turnover";
    public static final String ECOMMERCE_SALES = "ecommerce_sales";
    public static final String STANDARDS_LED = "standards_led";
    public static final String CERTIFIED_FIRMS = "certified_firms";
    public static final String RESTRICTED_MARKET_SHARE = "restricted_market_share";
    public static final String FOREIGN_OUTPUT_SHARE = "foreign_output_share";
    public static final String PUBLIC_SUPPORT = "public_support";
    public static final String STRATEGIC_ALIGNMENT = "strategic_alignment";
    /** Compensation of employees (wages, salaries, social contributions): splits value added into labour and capital. */
    public static final String LABOUR_COMPENSATION = "labour_compensation";
    /** Export unit value relative to the national average for the same products, 100 = average (price position). */
    public static final String EXPORT_PRICE_POSITION = "export_price_position";
    /** Sales in a related new chain of higher value (chain upgrading), e.g. technical textiles for a socks cluster. */
    public static final String RELATED_CHAIN_SALES = "related_chain_sales";

    /** The eight destination-share fields, in order; their sum must not exceed 100 %. */
    public static final List<String> DESTINATION_SHARES = List.of(
            "dest_north_america", "dest_eu_uk", "dest_japan_korea", "dest_asean", "dest_other_asia",
            "dest_latin_america", "dest_africa_middle_east", "dest_other");

    private static final double INF = Double.POSITIVE_INFINITY;
    private static final LocalizedText NO_UNIT = LocalizedText.of("");
    private static final LocalizedText PERSONS = Msg.of("cluster.unit.persons");
    private static final LocalizedText FIRMS_UNIT = Msg.of("cluster.unit.firms");
    private static final LocalizedText ITEMS = Msg.of("cluster.unit.items");
    private static final LocalizedText PERCENT = Msg.of("cluster.unit.percent");
    private static final LocalizedText SCALE = Msg.of("cluster.unit.scale_1_5");

    private static final List<Field> ALL;
    private static final Map<String, Field> BY_ID;
    private static final Map<String, Integer> POSITION;

    static {
        List<Field> f = new ArrayList<>();
        f.add(count(FIRMS, true, FIRMS_UNIT));
        f.add(count(LEAD_FIRMS, false, FIRMS_UNIT));
        f.add(count(EMPLOYEES, true, PERSONS));
        f.add(money(GROSS_OUTPUT, true));
        f.add(money(VALUE_ADDED, false));
        f.add(money(SALES, true));
        f.add(money(DOMESTIC_SALES, false));
        f.add(money(EXPORTS, false));
        f.add(money(PROCESSING_EXPORTS, false));
        f.add(money(IMPORTED_INTERMEDIATES, false));
        f.add(money(LOCAL_SOURCING, false));
        f.add(money(RD_EXPENDITURE, false));
        f.add(count(RD_PERSONNEL, false, PERSONS));
        f.add(count(INVENTION_PATENTS, false, ITEMS));
        f.add(money(NEW_PRODUCT_SALES, false));
        f.add(money(OBM_SALES, false));
        f.add(money(ODM_SALES, false));
        f.add(money(OEM_SALES, false));
        f.add(money(TOP4_SALES, false));
        f.add(money(MARKET_TURNOVER, false));
        f.add(money(ECOMMERCE_SALES, false));
        f.add(count(STANDARDS_LED, false, ITEMS));
        f.add(count(CERTIFIED_FIRMS, false, FIRMS_UNIT));
        for (String destination : DESTINATION_SHARES) {
            f.add(percent(destination));
        }
        f.add(percent(RESTRICTED_MARKET_SHARE));
        f.add(percent(FOREIGN_OUTPUT_SHARE));
        f.add(money(PUBLIC_SUPPORT, false));
        f.add(new Field(STRATEGIC_ALIGNMENT, Msg.of("cluster.field.strategic_alignment"),
                FieldKind.RATING, SCALE, 1, 5, false,
                Msg.of("cluster.hint.strategic_alignment")));
        // fields added with the cluster model v2 (docs/model.md#data)
        f.add(bundled(LABOUR_COMPENSATION, FieldKind.MONEY, NO_UNIT, 0, INF));
        f.add(bundled(EXPORT_PRICE_POSITION, FieldKind.PERCENT, PERCENT, 0, 1000));
        f.add(bundled(RELATED_CHAIN_SALES, FieldKind.MONEY, NO_UNIT, 0, INF));
        ALL = List.copyOf(f);
        Map<String, Field> m = new LinkedHashMap<>();
        for (Field field : ALL) {
            if (m.put(field.id(), field) != null) {
                throw new IllegalStateException("duplicate field id " + field.id());
            }
        }
        BY_ID = Collections.unmodifiableMap(m);
        Map<String, Integer> pos = new java.util.HashMap<>();
        for (int i = 0; i < ALL.size(); i++) {
            pos.put(ALL.get(i).id(), i);
        }
        POSITION = Collections.unmodifiableMap(pos);
    }

    /** The position of a field in catalogue order, or −1 for an unknown id. */
    static int position(String id) {
        Integer p = POSITION.get(id);
        return p == null ? -1 : p;
    }

    private FieldCatalogue() {
    }

    /** Every field, in form order. */
    public static List<Field> all() {
        return ALL;
    }

    /** The field with this id, if any. */
    public static Optional<Field> find(String id) {
        return Optional.ofNullable(BY_ID.get(id));
    }

    /** The field with this id; throws {@link IllegalArgumentException} naming the id when there is none. */
    public static Field get(String id) {
        Field f = BY_ID.get(id);
        if (f == null) {
            throw new IllegalArgumentException("unknown field id: " + id);
        }
        return f;
    }

    /** Whether a field with this id exists. */
    public static boolean contains(String id) {
        return BY_ID.containsKey(id);
    }

    private static Field bundled(String id, FieldKind kind, LocalizedText unit, double min, double max) {
        return new Field(id, Msg.of("cluster.field." + id + ".label"), kind, unit, min, max, false,
                Msg.of("cluster.field." + id + ".hint"));
    }

    /** A money field; its label and hint come from the cluster bundle ({@code cluster.field.<id>.label/.hint}). */
    private static Field money(String id, boolean required) {
        return new Field(id, Msg.of("cluster.field." + id + ".label"), FieldKind.MONEY, NO_UNIT, 0, INF, required,
                Msg.of("cluster.field." + id + ".hint"));
    }

    /** A count field, labelled from the cluster bundle. */
    private static Field count(String id, boolean required, LocalizedText unit) {
        return new Field(id, Msg.of("cluster.field." + id + ".label"), FieldKind.COUNT, unit, 0, INF, required,
                Msg.of("cluster.field." + id + ".hint"));
    }

    /** A percentage field (0–100), labelled from the cluster bundle. */
    private static Field percent(String id) {
        return bundled(id, FieldKind.PERCENT, PERCENT, 0, 100);
    }
}
