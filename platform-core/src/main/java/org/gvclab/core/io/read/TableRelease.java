package org.gvclab.core.io.read;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/**
 * The published releases (and the golden layout) the readers recognise, each with its {@link TableFormat}. How each
 * is laid out and how its tax and other primary-input rows are kept is in docs/io-formats.md.
 */
public enum TableRelease {
    /** The golden CSV layout: a folder or zip with Z.csv, Y.csv or Y_detail.csv, VA.csv and X.csv. */
    GOLDEN(TableFormat.GOLDEN),
    /** OECD ICIO 2016: final demand named category first ({@code HFCE_AUS}), a DISC column, VA+TAXSUB and OUT rows. */
    ICIO_2016(TableFormat.ICIO),
    /** OECD ICIO 2018: one {@code COUNTRY_TAXSUB} row per country, VALU and OUTPUT rows, a TOTAL column. */
    ICIO_2018(TableFormat.ICIO),
    /** OECD ICIO 2021: TLS, VA and OUT rows, an OUT column, ISIC Rev. 4 codes such as {@code 01T02}. */
    ICIO_2021(TableFormat.ICIO),
    /** OECD ICIO 2023, extended files: China and Mexico split (CN1, CN2, MX1, MX2), codes such as {@code A01_02}. */
    ICIO_2023(TableFormat.ICIO),
    /** OECD ICIO 2023, {@code _SML} files: the same layout without the China and Mexico splits. */
    ICIO_2023_SML(TableFormat.ICIO),
    /** WIOD 2013 (WIOT, 41 regions × 35 industries): final-demand columns numbered c37–c42, footer rows r60–r69. */
    WIOD_2013(TableFormat.WIOD),
    /** WIOD 2016 (WIOT, 44 regions × 56 industries): final-demand codes CONS_h …, footer rows II_fob … GO. */
    WIOD_2016(TableFormat.WIOD);

    private final TableFormat format;

    TableRelease(TableFormat format) {
        this.format = format;
    }

    /** The reader that reads this release. */
    public TableFormat format() {
        return format;
    }

    /** The release's name for people ("OECD ICIO, 2018 release"). */
    public LocalizedText displayName() {
        return Msg.of("io.read.release." + name());
    }
}
