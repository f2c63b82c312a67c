package org.gvclab.web.iotable;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.gvclab.core.io.decompose.IndicatorId;
import org.gvclab.core.io.decompose.IndicatorTable;
import org.junit.jupiter.api.Test;

/** Filters of an indicator grid follow the table's own labels, also when codes contain "_". */
class ResultFacetsTest {

    private static final List<String> REGIONS = List.of("Argentina", "Turkey");
    private static final List<String> SECTORS = List.of("Agriculture", "Textile_and_Leather");
    private static final List<String> LABELS = List.of("Argentina_Agriculture", "Argentina_Textile_and_Leather",
            "Turkey_Agriculture", "Turkey_Textile_and_Leather");

    private static IndicatorTable square() {
        List<IndicatorTable.Row> rows = LABELS.stream().map(l -> new IndicatorTable.Row(List.of(l), new double[4])).toList();
        return new IndicatorTable(IndicatorId.LEONTIEF_INVERSE_B, List.of("id"), LABELS, rows);
    }

    @Test
    void a_label_key_gives_a_region_and_a_sector_filter_split_by_the_tables_labels() {
        ResultFacets f = new ResultFacets(REGIONS, SECTORS, square());
        assertThat(f.facets()).extracting(ResultFacets.Facet::id).containsExactly("region", "sector");
        assertThat(f.facets().get(1).options()).containsExactly("Agriculture", "Textile_and_Leather");
        List<IndicatorTable.Row> rows = square().rows();
        assertThat(rows.stream().filter(r -> f.matches(r, Map.of("region", "Turkey"))))
                .extracting(r -> r.keys().get(0)).containsExactly("Turkey_Agriculture", "Turkey_Textile_and_Leather");
        assertThat(rows.stream().filter(r -> f.matches(r, Map.of("region", "Argentina",
                "sector", "Textile_and_Leather")))).extracting(r -> r.keys().get(0))
                .containsExactly("Argentina_Textile_and_Leather");
        assertThat(rows.stream().filter(r -> f.matches(r, Map.of()))).hasSize(4);
    }

    @Test
    void label_columns_can_be_shown_one_region_at_a_time() {
        ResultFacets f = new ResultFacets(REGIONS, SECTORS, square());
        assertThat(f.labelColumns()).isTrue();
        assertThat(f.columnsByRegion()).isTrue();
        assertThat(f.columnsOf("Turkey")).containsExactly(2, 3);
        assertThat(f.columnsOf(null)).containsExactly(0, 1, 2, 3);
    }

    @Test
    void region_and_sector_key_columns_each_filter_by_their_own_name() {
        List<IndicatorTable.Row> rows = List.of(
                new IndicatorTable.Row(List.of("Argentina", "Agriculture", "Turkey"), new double[] {1, 2}),
                new IndicatorTable.Row(List.of("Turkey", "Textile_and_Leather", "Argentina"), new double[] {3, 4}));
        IndicatorTable wwz = new IndicatorTable(IndicatorId.WWZ_BILATERAL_SECTOR, List.of("Exporting_Country",
                "Exporting_Industry", "Importing_Country"), List.of("DVA_FIN", "DVA_INT"), rows);
        ResultFacets f = new ResultFacets(REGIONS, SECTORS, wwz);
        assertThat(f.facets()).extracting(ResultFacets.Facet::id)
                .containsExactly("Exporting_Country", "Exporting_Industry", "Importing_Country");
        assertThat(f.facets()).extracting(ResultFacets.Facet::kind).containsExactly(ResultFacets.Kind.REGION,
                ResultFacets.Kind.SECTOR, ResultFacets.Kind.REGION);
        assertThat(rows.stream().filter(r -> f.matches(r, Map.of("Importing_Country", "Argentina"))))
                .extracting(r -> r.keys().get(0)).containsExactly("Turkey");
        assertThat(f.columnsByRegion()).isFalse();
        assertThat(f.columnsOf("Turkey")).containsExactly(0, 1);
    }

    @Test
    void a_key_that_is_neither_region_sector_nor_label_gives_no_filter() {
        IndicatorTable v = new IndicatorTable(IndicatorId.VA_COEFFICIENTS, List.of("id"), LABELS,
                List.of(new IndicatorTable.Row(List.of("Vc"), new double[4])));
        ResultFacets f = new ResultFacets(REGIONS, SECTORS, v);
        assertThat(f.facets()).isEmpty();
        assertThat(f.columnsOf("Argentina")).containsExactly(0, 1);
    }

    @Test
    void region_columns_belong_to_their_region() {
        IndicatorTable esr = new IndicatorTable(IndicatorId.EXPORTS_BILATERAL_ESR, List.of("id"), REGIONS,
                LABELS.stream().map(l -> new IndicatorTable.Row(List.of(l), new double[2])).toList());
        ResultFacets f = new ResultFacets(REGIONS, SECTORS, esr);
        assertThat(f.labelColumns()).isFalse();
        assertThat(f.columnsByRegion()).isTrue();
        assertThat(f.columnsOf("Turkey")).containsExactly(1);
    }
}
