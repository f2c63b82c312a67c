package org.gvclab.core.io.regional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading regional employment by sector: a good file in every accepted form, and every problem of a bad one. */
class EmploymentCsvTest {

    private static final List<String> SECTORS = List.of("C10", "C13, textiles", "C26");

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void a_good_file_gives_the_figures_in_table_order() {
        String csv = "\uFEFFnational_employment, Sector ,regional_employment\r\n"
                + "300,C26,12.5\r\n"
                + "\r\n"
                + "1000,\"C13, textiles\",40\r\n"
                + "2e3,C10,0\r\n";
        RegionalEmployment e = EmploymentCsv.read(bytes(csv), "jobs.csv", SECTORS, 700);
        assertThat(e.sectors()).isEqualTo(SECTORS);
        assertThat(e.regional()).containsExactly(0, 40, 12.5);
        assertThat(e.national()).containsExactly(2000, 1000, 300);
        assertThat(e.tableUnitInClusterUnits()).isEqualTo(700);
        assertThat(e.regionalTotal()).isEqualTo(52.5);
    }

    @Test
    void every_problem_of_a_bad_file_is_reported_with_its_line_and_field() {
        String csv = "sector,regional_employment,national_employment\n"
                + "C10,10,100\n"            // line 2: fine
                + "C99,1,2\n"               // line 3: unknown sector
                + "C10,5,50\n"              // line 4: C10 again
                + "C26,-3,100\n"            // line 5: negative
                + "C26,1 000,abc\n"         // line 6: two non-numbers (C26 was taken on line 5)
                + "C26,10\n"                // line 7: too few fields
                + ",500,100\n";             // line 8: empty sector, regional > national
        assertThatThrownBy(() -> EmploymentCsv.read(bytes(csv), "jobs.csv", SECTORS, 1))
                .isInstanceOfSatisfying(EmploymentCsvException.class, e -> {
                    assertThat(e.problems()).extracting(EmploymentCsvException.Problem::line,
                            EmploymentCsvException.Problem::field).containsExactly(
                            tuple(3L, "sector"),
                            tuple(4L, "sector"),
                            tuple(5L, "regional_employment"),
                            tuple(6L, "sector"),
                            tuple(6L, "regional_employment"),
                            tuple(6L, "national_employment"),
                            tuple(7L, ""),
                            tuple(8L, "sector"),
                            tuple(8L, "regional_employment"),
                            tuple(0L, "sector"));
                    assertThat(e.problems()).allMatch(p -> p.file().equals("jobs.csv"));
                    assertThat(e.problems().get(0).message().en()).contains("'C99'").contains("C10, C13, textiles, C26");
                    assertThat(e.problems().get(1).message().en()).contains("first on line 2");
                    assertThat(e.problems().get(8).message().en()).contains("exceeds national");
                    assertThat(e.problems().get(9).message().en()).contains("C13, textiles");
                    assertThat(e.problems().get(9).message().zh()).contains("缺少 1 个部门");
                    assertThat(e.problems().get(2).location()).isEqualTo("jobs.csv, line 5, field regional_employment");
                    assertThat(e.getMessage()).contains("jobs.csv, line 3, field sector");
                });
    }

    @Test
    void a_wrong_header_is_reported_column_by_column() {
        assertThatThrownBy(() -> EmploymentCsv.read(bytes("sector,jobs,national_employment,national_employment\n"
                + "C10,1,2,3\n"), "h.csv", SECTORS, 1))
                .isInstanceOfSatisfying(EmploymentCsvException.class, e -> assertThat(e.problems())
                        .extracting(EmploymentCsvException.Problem::line, EmploymentCsvException.Problem::field)
                        .containsExactly(tuple(1L, "jobs"), tuple(1L, "national_employment"),
                                tuple(1L, "regional_employment")));
    }

    @Test
    void an_empty_file_text_that_is_not_utf8_and_a_region_without_employment_are_refused() {
        assertThatThrownBy(() -> EmploymentCsv.read(bytes("\n \n"), "e.csv", SECTORS, 1))
                .isInstanceOfSatisfying(EmploymentCsvException.class,
                        e -> assertThat(e.problems().get(0).message().en()).contains("empty"));
        assertThatThrownBy(() -> EmploymentCsv.read(new byte[] {'s', (byte) 0xC3, (byte) 0x28}, "gbk.csv", SECTORS, 1))
                .isInstanceOfSatisfying(EmploymentCsvException.class,
                        e -> assertThat(e.problems().get(0).message().en()).contains("UTF-8"));
        String zeros = EmploymentCsv.HEADER + "\nC10,0,5\n\"C13, textiles\",0,5\nC26,0,0\n";
        assertThatThrownBy(() -> EmploymentCsv.read(bytes(zeros), "z.csv", SECTORS, 1))
                .isInstanceOfSatisfying(EmploymentCsvException.class, e -> assertThat(e.problems())
                        .extracting(EmploymentCsvException.Problem::field).containsExactly("regional_employment"));
    }

    @Test
    void the_template_lists_every_sector_and_reads_back_once_filled() {
        String template = EmploymentCsv.template(SECTORS);
        assertThat(template).isEqualTo(EmploymentCsv.HEADER + "\r\nC10,,\r\n\"C13, textiles\",,\r\nC26,,\r\n");
        String filled = template.replace("C10,,", "C10,1,10").replace("textiles\",,", "textiles\",2,20")
                .replace("C26,,", "C26,3,30");
        assertThat(EmploymentCsv.read(bytes(filled), "t.csv", SECTORS, 1).national()).containsExactly(10, 20, 30);
    }

    @Test
    void a_sector_label_that_looks_like_a_formula_is_neutralised_in_the_template_and_still_matches_when_read() {
        List<String> sectors = List.of("=HYPERLINK(\"http://evil.example\")", "C26");
        String template = EmploymentCsv.template(sectors);
        assertThat(template).contains("\"'=HYPERLINK(\"\"http://evil.example\"\")\",,");
        String filled = template.replace(",,\r\nC26", ",1,10\r\nC26").replace("C26,,", "C26,3,30");
        assertThat(EmploymentCsv.read(bytes(filled), "t.csv", sectors, 1).national()).containsExactly(10, 30);
    }
}
