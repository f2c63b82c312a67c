package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.jspecify.annotations.Nullable;

/**
 * How concentrated innovation resources are in the cluster (docs/model.md, "Innovation agglomeration"): the location
 * quotient of R&amp;D staff {@code LQ = (R&D staff / employees) / reference share}, and the Ellison–Glaeser index of R&amp;D
 * staff where R&amp;D staff of several areas is known ({@link #acrossAreas}).
 *
 * @param rdStaffShare     R&amp;D personnel / employees × 100, or null
 * @param referenceShare   the reference share of R&amp;D staff in employment, %, or null
 * @param referenceAssumed whether that reference is an assumption
 * @param locationQuotient the LQ, or null when not computable
 * @param ellisonGlaeser   γ, or null for a single cluster
 * @param explanation      what was computed and how to read it, in both languages
 */
public record InnovationAgglomeration(@Nullable Double rdStaffShare, @Nullable Double referenceShare,
                                      boolean referenceAssumed, @Nullable Double locationQuotient,
                                      @Nullable Double ellisonGlaeser, LocalizedText explanation) {

    /** The measures as labelled numbers. */
    public java.util.List<Figure> figures() {
        return java.util.List.of(Figure.of("rd_staff_share", rdStaffShare, org.gvclab.core.base.Num::percent),
                Figure.of("rd_staff_reference", referenceShare, org.gvclab.core.base.Num::percent),
                Figure.of("location_quotient", locationQuotient, org.gvclab.core.base.Num::ratio),
                Figure.of("ellison_glaeser", ellisonGlaeser, org.gvclab.core.base.Num::ratio));
    }

    /**
     * Ellison–Glaeser γ of R&amp;D staff over areas (e.g. the clusters of a comparison, one area each):
     * {@code s_j} = area j's share of all R&amp;D staff, {@code x_j} its share of all employment, and the plant
     * Herfindahl index from the areas' firm counts with equal firms inside an area (*assumption*,
     * {@link org.gvclab.core.indicator.Agglomeration#herfindahlOfEqualPlants}).
     *
     * @param rdStaff   R&amp;D personnel per area
     * @param employees employees per area
     * @param firms     firms per area
     */
    public static double acrossAreas(double[] rdStaff, double[] employees, double[] firms) {
        double h = org.gvclab.core.indicator.Agglomeration.herfindahlOfEqualPlants(rdStaff, firms);
        return org.gvclab.core.indicator.Agglomeration.ellisonGlaeser(rdStaff, employees, h);
    }
}
