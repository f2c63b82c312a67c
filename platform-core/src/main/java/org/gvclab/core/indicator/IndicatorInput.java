package org.gvclab.core.indicator;

/**
 * One input an indicator value was computed from: part of its provenance.
 *
 * @param fieldId the yearly-record field
 * @param year    the year of the record the value came from
 * @param value   the value used
 */
public record IndicatorInput(String fieldId, int year, double value) {
}
