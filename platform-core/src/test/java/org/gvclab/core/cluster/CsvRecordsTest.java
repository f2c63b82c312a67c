package org.gvclab.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRecordsTest {

    private static ImportPreview read(String csv) throws IOException {
        return CsvRecords.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "data.csv");
    }

    @Test
    void written_records_read_back_equal() throws IOException {
        List<YearlyRecord> records = List.of(TestRecords.complete(2022), TestRecords.complete(2023).without("odm_sales"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CsvRecords.write(out, records);
        ImportPreview p = CsvRecords.read(new ByteArrayInputStream(out.toByteArray()), "data.csv");
        assertThat(p.problems()).isEmpty();
        assertThat(p.records()).isEqualTo(records);
        assertThat(p.canSave()).isTrue();
    }

    @Test
    void a_header_in_any_column_order_with_a_bom_and_quotes_is_read() throws IOException {
        ImportPreview p = read("\uFEFFsales,year,firms,employees,gross_output\n\"1000\",2021,10,50,990\n");
        assertThat(p.problems()).isEmpty();
        assertThat(p.records()).singleElement().satisfies(r -> {
            assertThat(r.year()).isEqualTo(2021);
            assertThat(r.value("sales")).hasValue(1000);
        });
    }

    @Test
    void every_problem_is_reported_with_row_column_and_field() throws IOException {
        String csv = "year,firms,employees,gross_output,sales,domestic_sales,exports\n"
                + "2021,10,50,1000,1000,600,300\n"
                + "2022,ten,50,1000,1000,600,300\n"          // wrong type, row 3, column 2
                + "2023,10,50,-5,1000,600,300\n"             // out of range, row 4, column 4
                + "2024,10,50,1000,1000,700,400\n"           // inconsistent, row 5
                + "2021,10,50,1000,1000,600,300\n";          // duplicated year, row 6
        ImportPreview p = read(csv);
        assertThat(p.canSave()).isFalse();
        assertThat(p.errors()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::fieldId)
                .contains(org.assertj.core.groups.Tuple.tuple(3, "2", "firms"),
                        org.assertj.core.groups.Tuple.tuple(4, "4", "gross_output"),
                        org.assertj.core.groups.Tuple.tuple(5, "6", "domestic_sales"),
                        org.assertj.core.groups.Tuple.tuple(6, "1", "year"));
        assertThat(p.errors()).allSatisfy(e -> assertThat(e.file()).isEqualTo("data.csv"));
        assertThat(p.errors().get(0).message().en()).contains("'ten' is not a number");
    }

    @Test
    void unknown_and_duplicated_columns_and_a_missing_year_column_stop_the_import() throws IOException {
        ImportPreview p = read("firms,turnover,firms\n1,2,3\n");
        assertThat(p.records()).isEmpty();
        assertThat(p.errors()).extracting(ImportProblem::column).contains("2", "3", "");
        assertThat(p.errors()).anySatisfy(e -> assertThat(e.message().en()).contains("unknown column 'turnover'"));
        assertThat(p.errors()).anySatisfy(e -> assertThat(e.message().en()).contains("'year' column is missing"));
    }

    @Test
    void a_row_with_too_many_cells_and_non_utf8_text_are_reported() throws IOException {
        assertThat(read("year,firms\n2021,1,2\n").errors()).singleElement()
                .satisfies(e -> assertThat(e.row()).isEqualTo(2));
        ImportPreview gbk = CsvRecords.read(new ByteArrayInputStream(new byte[] {(byte) 0xC4, (byte) 0xEA, ',', '1'}), "gbk.csv");
        assertThat(gbk.errors()).singleElement().satisfies(e -> assertThat(e.message().en()).contains("UTF-8"));
    }

    @Test
    void a_file_larger_than_the_limit_is_refused_without_reading_it_all() throws IOException {
        byte[] big = new byte[ExcelTemplate.MAX_BYTES + 1024];
        java.util.Arrays.fill(big, (byte) '1');
        int[] read = {0};
        java.io.InputStream counting = new java.io.FilterInputStream(new ByteArrayInputStream(big)) {
            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                read[0] += Math.max(n, 0);
                return n;
            }
        };
        ImportPreview p = CsvRecords.read(counting, "big.csv");
        assertThat(p.canSave()).isFalse();
        assertThat(p.problems()).singleElement().satisfies(e -> assertThat(e.message().en()).contains("larger than 20 MB"));
        assertThat(read[0]).isEqualTo(ExcelTemplate.MAX_BYTES + 1);
    }

    @Test
    void a_file_of_thousands_of_rows_is_refused_at_once_and_problems_are_capped_at_200() throws IOException {
        StringBuilder many = new StringBuilder("year,gross_output\n");
        for (int i = 0; i < 100_000; i++) {
            many.append("x,y\n");
        }
        ImportPreview tooMany = read(many.toString());
        assertThat(tooMany.problems()).singleElement()
                .satisfies(e -> assertThat(e.message().en()).contains("more than 500 data rows"));

        StringBuilder broken = new StringBuilder("year,gross_output\n");
        for (int i = 0; i < 450; i++) {
            broken.append("not-a-year,not-a-number\n");
        }
        ImportPreview capped = read(broken.toString());
        assertThat(capped.problems()).hasSize(ImportPreview.MAX_LISTED);
        assertThat(capped.problemCount()).isGreaterThanOrEqualTo(900);
        assertThat(capped.truncated()).isTrue();
        assertThat(capped.canSave()).isFalse();
    }
}
