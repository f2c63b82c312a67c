package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.cluster.Level;

/**
 * The five governance types of global value chains and the combination of complexity, codifiability and supplier
 * capability that generates each (Gereffi, Humphrey &amp; Sturgeon 2005, Table 1), from low to high explicit
 * coordination and power asymmetry.
 */
public enum GovernanceType {
    MARKET(Level.LOW, Level.HIGH, Level.HIGH, new LocalizedText("市场型", "market")),
    MODULAR(Level.HIGH, Level.HIGH, Level.HIGH, new LocalizedText("模块型", "modular")),
    RELATIONAL(Level.HIGH, Level.LOW, Level.HIGH, new LocalizedText("关系型", "relational")),
    CAPTIVE(Level.HIGH, Level.HIGH, Level.LOW, new LocalizedText("俘获型", "captive")),
    HIERARCHY(Level.HIGH, Level.LOW, Level.LOW, new LocalizedText("层级型", "hierarchy"));

    private final Level complexity;
    private final Level codifiability;
    private final Level supplierCapability;
    private final LocalizedText label;

    GovernanceType(Level complexity, Level codifiability, Level supplierCapability, LocalizedText label) {
        this.complexity = complexity;
        this.codifiability = codifiability;
        this.supplierCapability = supplierCapability;
        this.label = label;
    }

    public Level complexity() {
        return complexity;
    }

    public Level codifiability() {
        return codifiability;
    }

    public Level supplierCapability() {
        return supplierCapability;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
