package org.gvclab.web.jurisdiction;

/** The administrative level of a jurisdiction (province, prefecture-level city, county or county-level city). */
public enum AdminLevel {
    PROVINCE, CITY, COUNTY
}
