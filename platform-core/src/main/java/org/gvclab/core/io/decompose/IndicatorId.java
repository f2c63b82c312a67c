package org.gvclab.core.io.decompose;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * The catalogue of IO outputs: the 21 indicator tables of issue 3 (named like the golden expected files without
 * their peer suffix), plus the average propagation length and the smile curve, with bilingual names and sources.
 */
public enum IndicatorId {
    LEONTIEF_INVERSE_B("leontief_inverse_B",
            "Miller & Blair (2009) eq. 2.10; B = (I − A)^-1"),
    DOMESTIC_LEONTIEF_L("domestic_leontief_L",
            "Wang, Wei, Yu & Zhu (2017); L = (I − A_D)^-1"),
    GHOSH_INVERSE_G("ghosh_inverse_G", "Miller & Blair (2009) ch. 12; (I − diag(x)^-1 Z)^-1"),
    VA_COEFFICIENTS("va_coefficients", "v = va / x"),
    EXPORTS_TOTAL("exports_total", "Koopman, Wang & Wei (2014)"),
    EXPORTS_BILATERAL_ESR("exports_bilateral_ESR",
            "Koopman, Wang & Wei (2014); E_sr = Z_sr·1 + Y_sr"),
    VA_IN_FINAL_DEMAND_VBY("va_in_final_demand_VBY",
            "diag(v)·B·Y"),
    LEONTIEF_VBE_EXPORTS("leontief_VBE_exports",
            "Hummels, Ishii & Yi (2001); diag(v)·B·diag(E)"),
    KWW_COUNTRY("kww_country",
            "Koopman, Wang & Wei (2014), AER 104(2)"),
    WWZ_BILATERAL_SECTOR("wwz_bilateral_sector",
            "Wang, Wei & Zhu (2013), NBER w19677"),
    BM_COUNTRY_EXPORTER_SOURCE("bm_country_exporter_source", "Borin & Mancini (2019), WB WP 8804"),
    BM_SECTOR_EXPORTER_SOURCE("bm_sector_exporter_source", "Borin & Mancini (2019), WB WP 8804"),
    BM_BILATERAL_EXPORTER_SOURCE("bm_bilateral_exporter_source", "Borin & Mancini (2019), WB WP 8804"),
    UPSTREAMNESS_DOWNSTREAMNESS("upstreamness_downstreamness",
            "Antràs, Chor, Fally & Hillberry (2012); Miller & Temurshoev (2017)"),
    PRODUCTION_LENGTH_SECTOR("production_length_sector", "Wang, Wei, Yu & Zhu (2017), NBER w23222"),
    PRODUCTION_LENGTH_COUNTRY("production_length_country", "Wang, Wei, Yu & Zhu (2017), NBER w23222"),
    GVC_PARTICIPATION_SECTOR("gvc_participation_sector",
            "Borin & Mancini (2019) trade-based; Wang, Wei, Yu & Zhu (2017) production-based"),
    GVC_PARTICIPATION_COUNTRY("gvc_participation_country",
            "Borin & Mancini (2019) trade-based; Wang, Wei, Yu & Zhu (2017) production-based"),
    KOOPMAN2010_PARTICIPATION_POSITION("koopman2010_participation_position", "Koopman, Powers, Wang & Wei (2010), NBER w16426"),
    NRCA_VALUE_ADDED_RCA("nrca_value_added_rca",
            "Koopman, Wang & Wei (2014); gvc::nrca"),
    I2E_E2R_VERTICAL_SPECIALISATION("i2e_e2r_vertical_specialisation", "Hummels, Ishii & Yi (2001); gvc::i2e, gvc::e2r"),
    EXPORTS_INTERMEDIATE_EINT("exports_intermediate_Eint",
            "Koopman, Wang & Wei (2014); Z_sr·1"),
    EXPORTS_FINAL_EFD("exports_final_Efd",
            "Koopman, Wang & Wei (2014); Y_sr"),
    LEONTIEF_VB("leontief_VB", "diag(v)·B"),
    AVERAGE_PROPAGATION_LENGTH("average_propagation_length",
            "Dietzenbacher, Romero & Bosma (2005)"),
    SMILE_CURVE("smile_curve", "Ye, Meng & Wei (2015), IDE DP 530");

    private final String fileName;
    private final LocalizedText name;
    private final String source;

    IndicatorId(String fileName, String source) {
        this.fileName = fileName;
        this.name = Msg.of("io.output." + fileName);
        this.source = source;
    }

    /** The output file name without ".csv" (the golden file name without its peer suffix). */
    public String fileName() {
        return fileName;
    }

    public LocalizedText displayName() {
        return name;
    }

    /** Method source (author, year). */
    public String source() {
        return source;
    }

    /** The 21 outputs of issue 3 that the {@code io} command writes by default. */
    public static List<IndicatorId> standardSet() {
        return Arrays.stream(values()).filter(i -> i.ordinal() <= I2E_E2R_VERTICAL_SPECIALISATION.ordinal()).toList();
    }

    /** Every table {@link Indicators#compute} can produce: the 21 plus Eint, Efd and diag(v)·B. */
    public static List<IndicatorId> tableOutputs() {
        return Arrays.stream(values()).filter(i -> i != AVERAGE_PROPAGATION_LENGTH && i != SMILE_CURVE).toList();
    }

    /** Looks an indicator up by its file name. */
    public static Optional<IndicatorId> byFileName(String fileName) {
        return Arrays.stream(values()).filter(i -> i.fileName.equals(fileName)).findFirst();
    }
}
