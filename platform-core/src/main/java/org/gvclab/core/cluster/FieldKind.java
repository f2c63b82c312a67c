package org.gvclab.core.cluster;

/** What a yearly-record field measures, which decides its unit and its default range. */
public enum FieldKind {
    /** An amount of money in the jurisdiction's currency unit (e.g. 10k CNY). */
    MONEY,
    /** A whole number of firms, persons, patents or standards. */
    COUNT,
    /** A percentage: a share 0–100, or a relative level such as a price position (100 = average) with its own range. */
    PERCENT,
    /** A rating on the 1–5 scale. */
    RATING
}
