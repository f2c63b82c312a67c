package org.gvclab.reports.excel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Sheet names fit Excel's 31 characters by being written short, never by cutting a word. */
class SheetNamesTest {

    @Test
    void a_long_english_title_loses_its_brackets_then_whole_words() {
        assertThat(ExcelWorkbookRenderer.shortName("T1 Strategy ranking (TOPSIS, 1,000 draws)"))
                .isEqualTo("T1 Strategy ranking");
        String name = ExcelWorkbookRenderer.shortName("T5 Every parameter and assumption of the comparison");
        assertThat(name).hasSizeLessThanOrEqualTo(30).isEqualTo("T5 Every parameter");
        assertThat(ExcelWorkbookRenderer.shortName("F3 Zhuji Datang socks cluster: indicator trend over the years"))
                .hasSizeLessThanOrEqualTo(30).doesNotEndWith(" ").matches("(\\S+ )*\\S+")
                .isEqualTo("F3 Zhuji Datang socks cluster");
    }

    @Test
    void a_short_title_is_kept_and_a_chinese_one_is_shortened_at_punctuation() {
        assertThat(ExcelWorkbookRenderer.shortName("表1 诊断结论")).isEqualTo("表1 诊断结论");
        assertThat(ExcelWorkbookRenderer.shortName("表4 诸暨大唐袜业集群（合成示例数据）：指标"))
                .isEqualTo("表4 诸暨大唐袜业集群（合成示例数据）：指标");
        assertThat(ExcelWorkbookRenderer.shortName("图12 诸暨大唐袜业集群（合成示例数据）：各项指标在所选年份中的变化趋势与参照值比较"))
                .isEqualTo("图12 诸暨大唐袜业集群");
    }
}
