package org.gvclab.core.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import org.gvclab.core.cluster.IndustryCode.Scheme;
import org.junit.jupiter.api.Test;

class IndustryCodesTest {

    @Test
    void isic_rev4_has_its_88_divisions_and_gbt_4754_2017_its_97_major_groups() {
        assertThat(IndustryCodes.of(Scheme.ISIC_4)).hasSize(88);
        assertThat(IndustryCodes.of(Scheme.GBT_4754_2017)).hasSize(97)
                .extracting(IndustryCode::code).doesNotHaveDuplicates().contains("01", "97");
    }

    @Test
    void gbt_codes_run_from_01_to_97_without_gaps() {
        String codes = IndustryCodes.of(Scheme.GBT_4754_2017).stream().map(IndustryCode::code)
                .collect(Collectors.joining(","));
        StringBuilder expected = new StringBuilder();
        for (int i = 1; i <= 97; i++) {
            expected.append(i == 1 ? "" : ",").append(String.format("%02d", i));
        }
        assertThat(codes).isEqualTo(expected.toString());
    }

    @Test
    void known_entries_carry_the_standard_names_and_the_obvious_wiod_sector() {
        assertThat(IndustryCodes.find(Scheme.GBT_4754_2017, "18")).get().satisfies(c -> {
            assertThat(c.name().zh()).isEqualTo("纺织服装、服饰业");
            assertThat(c.wiod56()).isEqualTo("C13-C15");
        });
        assertThat(IndustryCodes.find(Scheme.GBT_4754_2017, "39")).get()
                .satisfies(c -> assertThat(c.name().zh()).isEqualTo("计算机、通信和其他电子设备制造业"));
        assertThat(IndustryCodes.byKey("ISIC_4:26")).get().satisfies(c -> {
            assertThat(c.name().en()).isEqualTo("Manufacture of computer, electronic and optical products");
            assertThat(c.section()).isEqualTo("C");
        });
        assertThat(IndustryCodes.find(Scheme.ISIC_4, "04")).isEmpty();
    }
}
