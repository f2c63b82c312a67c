package org.gvclab.core.io.read;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.gvclab.core.base.Msg;

/**
 * The header line of an OECD ICIO CSV and what it says about the release (docs/io-formats.md): intermediate
 * columns {@code COUNTRY_SECTOR}; final demand named country first ({@code AUS_HFCE}, 2018 to 2023) or category
 * first ({@code HFCE_AUS}, 2016, with a {@code DISC} column); a total column {@code TOTAL} (2018) or {@code OUT}
 * (2021, 2023). Sector codes start with a digit in 2018 and 2021 ({@code 01T02}) and with a letter in 2023
 * ({@code A01_02}); the 2023 extended files carry China and Mexico split into {@code CN1, CN2, MX1, MX2}. The
 * category codes are those pymrio's {@code parse_oecd} and exvatools' {@code extract_icio} list.
 */
final class IcioLayout {

    /** Final-demand category codes of the four releases (HFCE … DPABR; NPS, INV, DIRP, GGCF, P33 in older ones). */
    static final Set<String> FINAL_DEMAND = Set.of("HFCE", "NPISH", "NPS", "GGFC", "GGCF", "GFCF", "INVNT", "INV",
            "DIRP", "DIRPA", "DPABR", "P33", "NONRES");
    /** Total-output column labels. */
    static final Set<String> TOTALS = Set.of("OUT", "TOTAL", "X");
    /** The 2016 release's statistical-discrepancy column. */
    static final String DISC = "DISC";

    private static final Pattern CODE = Pattern.compile("[A-Za-z][A-Za-z0-9]{0,7}");
    private static final Pattern SPLIT = Pattern.compile("(CN|MX)\\d");

    private IcioLayout() {
    }

    /** What a header column is, judged from its label alone. */
    enum Column { INTERMEDIATE, FINAL_COUNTRY_FIRST, FINAL_CATEGORY_FIRST, DISCREPANCY, TOTAL, OTHER }

    /** Whether a region code is one of the China or Mexico splits (CN1 … CN4, MX1 … MX3). */
    static boolean isSplit(String region) {
        return SPLIT.matcher(region).matches();
    }

    /** The region a split region belongs to (CN1 → CHN, MX2 → MEX); other codes unchanged. */
    static String merged(String region) {
        if (isSplit(region)) {
            return region.startsWith("CN") ? "CHN" : "MEX";
        }
        return region;
    }

    static Column classify(String label) {
        if (TOTALS.contains(label)) {
            return Column.TOTAL;
        }
        if (DISC.equals(label)) {
            return Column.DISCREPANCY;
        }
        int u = label.indexOf('_');
        if (u <= 0 || u == label.length() - 1) {
            return Column.OTHER;
        }
        String a = label.substring(0, u);
        String b = label.substring(u + 1);
        if (!CODE.matcher(a).matches()) {
            return Column.OTHER;
        }
        if (FINAL_DEMAND.contains(b)) {
            return Column.FINAL_COUNTRY_FIRST;
        }
        if (FINAL_DEMAND.contains(a) && CODE.matcher(b).matches()) {
            return Column.FINAL_CATEGORY_FIRST;
        }
        return Column.INTERMEDIATE;
    }

    /** Recognises the release from the header line (first cell included), or says where it first differs. */
    static LayoutMatch recognise(List<String> header) {
        if (header.isEmpty()) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.empty"));
        }
        if (header.size() < 3) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.icio.fields", header.size()));
        }
        String first = header.get(1);
        if (classify(first) != Column.INTERMEDIATE) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.icio.first", first));
        }
        String firstSector = null;
        String countryFirst = null;
        String categoryFirst = null;
        String total = null;
        String p33 = null;
        boolean disc = false;
        Set<String> splits = new TreeSet<>();
        for (int c = 1; c < header.size(); c++) {
            String label = header.get(c);
            switch (classify(label)) {
                case INTERMEDIATE -> {
                    int u = label.indexOf('_');
                    if (firstSector == null) {
                        firstSector = label.substring(u + 1);
                    }
                    if (isSplit(label.substring(0, u))) {
                        splits.add(label.substring(0, u));
                    }
                }
                case FINAL_COUNTRY_FIRST -> {
                    countryFirst = countryFirst == null ? label : countryFirst;
                    p33 = p33 == null && label.endsWith("_P33") ? label : p33;
                }
                case FINAL_CATEGORY_FIRST -> categoryFirst = categoryFirst == null ? label : categoryFirst;
                case DISCREPANCY -> disc = true;
                case TOTAL -> total = label;
                case OTHER -> {
                    return new LayoutMatch.Differs(Msg.of("io.read.diff.icio.column", c + 1, label));
                }
                default -> throw new IllegalStateException();
            }
        }
        if (countryFirst == null && categoryFirst == null) {
            return new LayoutMatch.Differs(Msg.of("io.read.diff.icio.noFinalDemand"));
        }
        if (categoryFirst != null || disc) {
            return new LayoutMatch.Found(TableRelease.ICIO_2016, Msg.of("io.read.evidence.icio2016",
                    categoryFirst != null ? categoryFirst : DISC));
        }
        if ("TOTAL".equals(total) || p33 != null) {
            return new LayoutMatch.Found(TableRelease.ICIO_2018, Msg.of("io.read.evidence.icio2018", countryFirst,
                    "TOTAL".equals(total) ? total : p33));
        }
        if (Character.isDigit(firstSector.charAt(0))) {
            return new LayoutMatch.Found(TableRelease.ICIO_2021, Msg.of("io.read.evidence.icio2021", firstSector, countryFirst));
        }
        if (!splits.isEmpty()) {
            return new LayoutMatch.Found(TableRelease.ICIO_2023, Msg.of("io.read.evidence.icio2023", firstSector,
                    String.join(", ", splits)));
        }
        return new LayoutMatch.Found(TableRelease.ICIO_2023_SML, Msg.of("io.read.evidence.icio2023sml", firstSector));
    }
}
