package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;
import org.gvclab.core.cluster.Level;

/**
 * The five governance types of global value chains and the combination of complexity, codifiability and supplier
 * capability that generates each (Gereffi, Humphrey &amp; Sturgeon 2005, Table 1), from low to high explicit
 * coordination and power asymmetry.
 */
public enum GovernanceType {
    MARKET(Level.LOW, Level.HIGH, Level.HIGH, Msg.of("paradox.governance_type.market")),
    MODULAR(Level.HIGH, Level.HIGH, Level.HIGH, Msg.of("paradox.governance_type.modular")),
    RELATIONAL(Level.HIGH, Level.LOW, Level.HIGH, Msg.of("paradox.governance_type.relational")),
    CAPTIVE(Level.HIGH, Level.HIGH, Level.LOW, Msg.of("paradox.governance_type.captive")),
    HIERARCHY(Level.HIGH, Level.LOW, Level.LOW, Msg.of("paradox.governance_type.hierarchy"));

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
