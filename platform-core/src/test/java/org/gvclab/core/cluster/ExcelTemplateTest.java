package org.gvclab.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ExcelTemplateTest {

    private static final int GROSS_OUTPUT_COL = 1 + FieldCatalogue.all().indexOf(FieldCatalogue.get("gross_output"));

    private static byte[] template(List<YearlyRecord> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ExcelTemplate.write(out, CurrencyUnit.CNY_10K, records);
        return out.toByteArray();
    }

    private static byte[] edit(byte[] xlsx, Consumer<XSSFWorkbook> change) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            change.accept(wb);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static ImportPreview read(byte[] bytes) throws IOException {
        return ExcelTemplate.read(new ByteArrayInputStream(bytes), "cluster.xlsx");
    }

    private static String col(String fieldId) {
        return org.apache.poi.ss.util.CellReference.convertNumToColString(
                1 + FieldCatalogue.all().indexOf(FieldCatalogue.get(fieldId)));
    }

    @Test
    void the_template_has_bilingual_headers_units_ids_prompts_validation_comments_and_a_readme() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template(List.of())))) {
            assertThat(wb.getSheet(ExcelTemplate.README_SHEET)).isNotNull();
            assertThat(wb.getSheet(ExcelTemplate.FIELDS_SHEET).getLastRowNum()).isEqualTo(FieldCatalogue.all().size());
            XSSFSheet s = wb.getSheet(ExcelTemplate.DATA_SHEET);
            assertThat(s.getRow(0).getCell(GROSS_OUTPUT_COL).getStringCellValue()).isEqualTo("工业总产值");
            assertThat(s.getRow(1).getCell(GROSS_OUTPUT_COL).getStringCellValue()).isEqualTo("Gross output");
            assertThat(s.getRow(2).getCell(GROSS_OUTPUT_COL).getStringCellValue()).isEqualTo("万元 / 10k CNY");
            assertThat(s.getRow(3).getCell(GROSS_OUTPUT_COL).getStringCellValue()).isEqualTo("gross_output");
            assertThat(s.getRow(0).getCell(GROSS_OUTPUT_COL).getCellComment().getString().getString()).contains("current prices");
            List<? extends DataValidation> dv = s.getDataValidations();
            assertThat(dv).hasSize(FieldCatalogue.all().size() + 1);
            DataValidation share = dv.stream().filter(v -> v.getPromptBoxTitle().equals("dest_asean")).findFirst().orElseThrow();
            assertThat(share.getValidationConstraint().getFormula1()).isEqualTo("0");
            assertThat(share.getValidationConstraint().getFormula2()).isEqualTo("100");
            assertThat(share.getShowPromptBox()).isTrue();
            assertThat(share.getPromptBoxText()).contains("Percent of exports");
        }
    }

    @Test
    void a_filled_template_reads_back_the_same_records() throws IOException {
        List<YearlyRecord> records = List.of(TestRecords.complete(2021), TestRecords.complete(2022));
        ImportPreview p = read(template(records));
        assertThat(p.problems()).isEmpty();
        assertThat(p.records()).isEqualTo(records);
        assertThat(p.canSave()).isTrue();
    }

    @Test
    void wrong_types_out_of_range_values_inconsistent_shares_and_duplicated_years_are_all_listed() throws IOException {
        byte[] bad = edit(template(List.of(TestRecords.complete(2021), TestRecords.complete(2022), TestRecords.complete(2023))), wb -> {
            Sheet s = wb.getSheet(ExcelTemplate.DATA_SHEET);
            Row r5 = s.getRow(4);
            r5.getCell(GROSS_OUTPUT_COL).setCellValue("lots");                       // wrong type, row 5
            Row r6 = s.getRow(5);
            r6.getCell(1 + FieldCatalogue.all().indexOf(FieldCatalogue.get("foreign_output_share"))).setCellValue(140); // range, row 6
            r6.getCell(1 + FieldCatalogue.all().indexOf(FieldCatalogue.get("dest_other"))).setCellValue(60);   // shares 155 %, row 6
            s.getRow(6).getCell(0).setCellValue(2021);                                // duplicated year, row 7
        });
        ImportPreview p = read(bad);
        assertThat(p.canSave()).isFalse();
        assertThat(p.errors()).extracting(ImportProblem::sheet, ImportProblem::row, ImportProblem::column, ImportProblem::fieldId)
                .contains(tuple(ExcelTemplate.DATA_SHEET, 5, col("gross_output"), "gross_output"),
                        tuple(ExcelTemplate.DATA_SHEET, 6, col("foreign_output_share"), "foreign_output_share"),
                        tuple(ExcelTemplate.DATA_SHEET, 6, col("dest_north_america"), "dest_north_america"),
                        tuple(ExcelTemplate.DATA_SHEET, 7, "A", "year"));
        assertThat(p.errors()).anySatisfy(e -> assertThat(e.message().en()).contains("add up to 155.0%"));
        assertThat(p.errors()).anySatisfy(e -> assertThat(e.message().en()).contains("already appears in row 5"));
        assertThat(p.errors().get(0).location()).isEqualTo("cluster.xlsx, sheet 数据 Data, row 5, column "
                + col("gross_output") + " (gross_output)");
    }

    @Test
    void a_missing_data_sheet_is_reported_by_name() throws IOException {
        byte[] bad = edit(template(List.of()), wb -> wb.removeSheetAt(wb.getSheetIndex(ExcelTemplate.DATA_SHEET)));
        ImportPreview p = read(bad);
        assertThat(p.records()).isEmpty();
        assertThat(p.errors()).singleElement().satisfies(e -> {
            assertThat(e.message().en()).contains("sheet '数据 Data' is missing").contains("说明 Readme");
            assertThat(e.message().zh()).contains("缺少工作表");
        });
    }

    @Test
    void extra_columns_are_refused_whether_named_or_not() throws IOException {
        int extra = FieldCatalogue.all().size() + 1;
        byte[] named = edit(template(List.of(TestRecords.complete(2021))), wb -> {
            Sheet s = wb.getSheet(ExcelTemplate.DATA_SHEET);
            s.getRow(3).createCell(extra).setCellValue("profit");
            s.getRow(4).createCell(extra).setCellValue(5);
        });
        assertThat(read(named).errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(4);
            assertThat(e.message().en()).contains("unknown column").contains("profit");
        });
        byte[] unnamed = edit(template(List.of(TestRecords.complete(2021))), wb ->
                wb.getSheet(ExcelTemplate.DATA_SHEET).getRow(4).createCell(extra + 1).setCellValue(7));
        assertThat(read(unnamed).errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(5);
            assertThat(e.message().en()).contains("extra column");
        });
    }

    @Test
    void a_file_that_is_not_excel_gets_a_clear_message_and_no_records() throws IOException {
        ImportPreview text = ExcelTemplate.read(new ByteArrayInputStream("year,firms\n2021,3\n".getBytes(StandardCharsets.UTF_8)), "data.xlsx");
        assertThat(text.records()).isEmpty();
        assertThat(text.errors()).singleElement().satisfies(e -> {
            assertThat(e.message().en()).contains("not an Excel workbook");
            assertThat(e.file()).isEqualTo("data.xlsx");
        });
        // a zip archive that is not a workbook
        byte[] zip = {'P', 'K', 3, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        ImportPreview broken = ExcelTemplate.read(new ByteArrayInputStream(zip), "broken.xlsx");
        assertThat(broken.errors()).singleElement().satisfies(e -> assertThat(e.message().en()).containsAnyOf(
                "cannot be opened", "not an Excel workbook"));
        assertThat(ExcelTemplate.read(new ByteArrayInputStream(new byte[0]), "empty.xlsx").errors())
                .singleElement().satisfies(e -> assertThat(e.message().en()).contains("empty"));
    }

    @Test
    void an_old_xls_workbook_laid_out_like_the_template_is_read_too() throws IOException {
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
            Sheet s = wb.createSheet(ExcelTemplate.DATA_SHEET);
            String[] ids = {"year", "firms", "employees", "gross_output", "sales"};
            double[] values = {2020, 12, 340, 5600, 5500};
            Row idRow = s.createRow(3);
            Row data = s.createRow(4);
            for (int i = 0; i < ids.length; i++) {
                idRow.createCell(i).setCellValue(ids[i]);
                data.createCell(i).setCellValue(values[i]);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            wb.write(out);
            ImportPreview p = ExcelTemplate.read(new ByteArrayInputStream(out.toByteArray()), "old.xls");
            assertThat(p.problems()).isEmpty();
            assertThat(p.records()).singleElement().satisfies(r -> {
                assertThat(r.year()).isEqualTo(2020);
                assertThat(r.value("gross_output")).hasValue(5600);
            });
        }
    }

    @Test
    void a_workbook_that_unpacks_to_far_more_than_a_template_is_refused_as_a_zip_bomb() throws IOException {
        ByteArrayOutputStream bomb = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bomb)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new java.util.zip.ZipEntry("xl/worksheets/sheet1.xml"));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < 80; i++) {
                zip.write(zeros);
            }
        }
        assertThat(bomb.size()).isLessThan(ExcelTemplate.MAX_BYTES / 10);
        ImportPreview p = ExcelTemplate.read(new ByteArrayInputStream(bomb.toByteArray()), "bomb.xlsx");
        assertThat(p.canSave()).isFalse();
        assertThat(p.problems()).singleElement().satisfies(e -> {
            assertThat(e.message().en()).contains("zip bomb").contains("64 MB");
            assertThat(e.message().zh()).contains("压缩炸弹");
        });
    }
}
