package org.gvclab.core.notebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.gvclab.core.base.LocalizedText;
import org.junit.jupiter.api.Test;

class TableResultTest {

    @Test
    void a_row_with_the_wrong_number_of_cells_is_refused_with_its_row_number() {
        var cols = List.of(TableColumn.of(LocalizedText.of("a")), TableColumn.of(LocalizedText.of("b")));
        assertThatThrownBy(() -> new TableResult(LocalizedText.of("T"), cols,
                List.of(List.of(TableCell.empty(), TableCell.empty()), List.of(TableCell.empty())), Provenance.none()))
                .hasMessageContaining("table 'T', row 2: 1 cells for 2 columns");
    }

    @Test
    void a_nan_number_is_refused_and_points_to_empty_cells() {
        assertThatThrownBy(() -> TableCell.number(Double.NaN, NumberStyle.INTEGER)).hasMessageContaining("empty cell");
    }

    @Test
    void column_labels_carry_the_unit_in_each_language() {
        var c = new TableColumn(new LocalizedText("总产值", "Gross output"), new LocalizedText("万元", "10k CNY"));
        assertThat(c.label(Locale.SIMPLIFIED_CHINESE)).isEqualTo("总产值 (万元)");
        assertThat(c.label(Locale.ENGLISH)).isEqualTo("Gross output (10k CNY)");
        assertThat(TableColumn.of(LocalizedText.of("Year")).label(Locale.ENGLISH)).isEqualTo("Year");
    }

    @Test
    void number_styles_show_grouping_decimals_and_percentages() {
        assertThat(NumberStyle.INTEGER.format(1234567.4, Locale.ENGLISH)).isEqualTo("1,234,567");
        assertThat(NumberStyle.decimals(2).format(12345.678, Locale.SIMPLIFIED_CHINESE)).isEqualTo("12,345.68");
        assertThat(NumberStyle.percent(1).format(0.1234, Locale.ENGLISH)).isEqualTo("12.3%");
        assertThat(NumberStyle.decimals(1).format(-0.01, Locale.ENGLISH)).isEqualTo("0.0");
        assertThat(NumberStyle.percent(1).pattern()).isEqualTo("0.0%");
        assertThat(NumberStyle.decimals(2).pattern()).isEqualTo("#,##0.00");
    }
}
