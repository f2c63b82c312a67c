package org.gvclab.core.io;

import java.util.List;

/**
 * A two-region (AUS, CHN), two-sector table whose Leontief inverse is worked out by hand, to check every release
 * reader without numpy or the engine under test.
 *
 * <p>x = (100, 200, 100, 200). A = Z·diag(x)⁻¹ is block upper triangular: each region's own block is
 * A₁ = [[0.2, 0.05], [0.3, 0.2]] and AUS sells only AUS_s1 → CHN_s1 with a₁₃ = 0.1. Then
 * det(I − A₁) = 0.8·0.8 − 0.05·0.3 = 0.625 and (I − A₁)⁻¹ = 1.6·[[0.8, 0.05], [0.3, 0.8]] = [[1.28, 0.08],
 * [0.48, 1.28]]. For a block upper triangular I − A the off-diagonal block of the inverse is L₁·A₁₂·L₂ =
 * [[0.128, 0], [0.048, 0]]·L₂ = [[0.16384, 0.01024], [0.06144, 0.00384]]; the lower-left block is zero.
 * Final demand fills each row up to x; value added is x minus the column sums of Z, of which a tenth is taxes less
 * subsidies on products (TLS). Every value is a short binary fraction, so files read back exactly.
 */
public final class HandTable {

    public static final List<String> REGIONS = List.of("AUS", "CHN");

    public static final double[][] Z = {
        {20, 10, 10, 0},
        {30, 40, 0, 0},
        {0, 0, 20, 10},
        {0, 0, 30, 40}};
    /** Final demand by region of use (AUS, CHN). */
    public static final double[][] Y = {
        {50, 10},
        {100, 30},
        {20, 50},
        {10, 120}};
    public static final double[] X = {100, 200, 100, 200};
    public static final double[] VA = {50, 150, 40, 150};
    public static final double[] TLS = {5, 15, 4, 15};
    /** The Leontief inverse (I − A)⁻¹, by hand (see the class comment). */
    public static final double[][] L = {
        {1.28, 0.08, 0.16384, 0.01024},
        {0.48, 1.28, 0.06144, 0.00384},
        {0, 0, 1.28, 0.08},
        {0, 0, 0.48, 1.28}};

    private HandTable() {
    }

    /** Households' share of each final-demand entry; the rest is gross fixed capital formation. */
    public static final double HOUSEHOLDS = 0.75;

    /**
     * The table with its final demand split into households and fixed capital formation, named in a release's codes.
     *
     * @param households the release's code for household consumption (HFCE, CONS_h, c37)
     * @param capital    its code for gross fixed capital formation (GFCF, c41)
     */
    public static ReleaseFiles.Table table(List<String> sectors, String households, String capital) {
        double[][] yDetail = new double[4][4];
        for (int i = 0; i < 4; i++) {
            for (int r = 0; r < 2; r++) {
                yDetail[i][2 * r] = Y[i][r] * HOUSEHOLDS;
                yDetail[i][2 * r + 1] = Y[i][r] * (1 - HOUSEHOLDS);
            }
        }
        double[] vaNet = new double[4];
        for (int j = 0; j < 4; j++) {
            vaNet[j] = VA[j] - TLS[j];
        }
        return new ReleaseFiles.Table(REGIONS, sectors, Z, yDetail, List.of(households, capital), TLS, vaNet, X);
    }
}
