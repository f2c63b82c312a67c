package org.gvclab.core.cluster;

import java.util.LinkedHashMap;
import java.util.Map;

/** A consistent, fully entered yearly record for tests (round numbers so expectations can be worked by hand). */
public final class TestRecords {

    private TestRecords() {
    }

    /** A socks-cluster-like record: output 1,000,000, sales 1,000,000 (10k CNY), half exported. */
    public static YearlyRecord complete(int year) {
        Map<String, Double> v = new LinkedHashMap<>();
        v.put("firms", 1000.0);
        v.put("lead_firms", 20.0);
        v.put("employees", 50000.0);
        v.put("gross_output", 1_000_000.0);
        v.put("value_added", 200_000.0);
        v.put("sales", 1_000_000.0);
        v.put("domestic_sales", 500_000.0);
        v.put("exports", 500_000.0);
        v.put("processing_exports", 100_000.0);
        v.put("imported_intermediates", 80_000.0);
        v.put("local_sourcing", 400_000.0);
        v.put("rd_expenditure", 10_000.0);
        v.put("rd_personnel", 1500.0);
        v.put("invention_patents", 25.0);
        v.put("new_product_sales", 150_000.0);
        v.put("obm_sales", 100_000.0);
        v.put("odm_sales", 200_000.0);
        v.put("oem_sales", 600_000.0);
        v.put("top4_sales", 200_000.0);
        v.put("market_turnover", 500_000.0);
        v.put("ecommerce_sales", 100_000.0);
        v.put("standards_led", 5.0);
        v.put("certified_firms", 100.0);
        v.put("dest_north_america", 30.0);
        v.put("dest_eu_uk", 30.0);
        v.put("dest_japan_korea", 10.0);
        v.put("dest_asean", 10.0);
        v.put("dest_other_asia", 5.0);
        v.put("dest_latin_america", 5.0);
        v.put("dest_africa_middle_east", 5.0);
        v.put("dest_other", 5.0);
        v.put("restricted_market_share", 20.0);
        v.put("foreign_output_share", 10.0);
        v.put("public_support", 2000.0);
        v.put("strategic_alignment", 3.0);
        return new YearlyRecord(year, v);
    }
}
