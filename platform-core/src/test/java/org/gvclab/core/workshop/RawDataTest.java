package org.gvclab.core.workshop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RawDataTest {

    private static final Instant AT = Instant.parse("2026-11-29T09:30:00Z");

    private static List<RawData.Row> rows() {
        Map<String, Integer> scores = new java.util.HashMap<>();
        CriteriaSet.FACTORS.ids().forEach(id -> scores.put(id, 4));
        Activity vote = new Activity(3, 3, ActivityKind.STRATEGY_VOTE, null, Criterion.presetStrategies().subList(0, 2));
        Activity ahp = new Activity(2, 2, ActivityKind.AHP, CriteriaSet.OUTCOMES,
                CriteriaSet.OUTCOMES.criteria().subList(0, 3));
        return RawData.rows(List.of(
                new RawData.Entry(1, Activity.factorScoring(1, 1), new FactorScores(scores,
                        Map.of("TECHNOLOGY_GAP", "=HYPERLINK(\"x\"), \"quoted\"")), AT),
                new RawData.Entry(2, ahp, new PairwiseJudgements(List.of(3.0, 0.5, 1.0 / 7)), AT),
                new RawData.Entry(12, vote, new StrategyVote(Set.of("S1")), AT)));
    }

    @Test
    void rows_are_anonymised_and_one_per_item() {
        List<RawData.Row> rows = rows();
        // 5 factors + 3 pairs + 2 strategies
        assertThat(rows).hasSize(10);
        assertThat(rows).extracting(RawData.Row::participant).containsOnly("P01", "P02", "P12");
        assertThat(rows.get(5).item()).isEqualTo("value_added|va_rate");
        assertThat(rows.get(5).value()).isEqualTo(3.0);
        assertThat(rows.get(7).item()).isEqualTo("va_rate|obm_share");
        assertThat(rows.get(8).value()).isZero();
        assertThat(rows.get(9).value()).isEqualTo(1.0);
    }

    @Test
    void csv_quotes_texts_and_never_lets_a_comment_become_a_formula() {
        String csv = new String(RawData.csv(rows()), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFparticipant,activity,kind,item");
        assertThat(csv).contains("P01,1,FACTOR_SCORING,TECHNOLOGY_GAP,Technology gap,技术差距,4,"
                + "\"'=HYPERLINK(\"\"x\"\"), \"\"quoted\"\"\",2026-11-29T09:30:00Z\r\n");
        assertThat(csv).contains("P02,2,AHP,va_rate|obm_share,Value-added rate vs OBM share,");
        assertThat(csv.split("\r\n")).hasSize(11);
    }

    @Test
    void the_workbook_holds_the_same_rows_with_numbers_as_numbers_and_comments_as_text() throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(RawData.xlsx(rows())))) {
            var sheet = wb.getSheet("raw data");
            assertThat(sheet.getLastRowNum()).isEqualTo(10);
            assertThat(sheet.getRow(1).getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(1).getCell(7).getCellType()).isEqualTo(CellType.STRING);
            assertThat(sheet.getRow(1).getCell(7).getStringCellValue()).startsWith("=HYPERLINK");
            assertThat(sheet.getRow(1).getCell(7).getCellStyle().getQuotePrefixed())
                    .as("Excel keeps the cell text even when it is edited").isTrue();
            assertThat(sheet.getRow(1).getCell(0).getCellStyle().getQuotePrefixed()).isFalse();
        }
    }
}
