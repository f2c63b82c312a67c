package org.gvclab.core.notebook;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Moves a stored notebook's JSON one format version up, so notebooks saved by an older GVC Lab still open. When
 * the document model changes incompatibly, bump the format by adding an upgrader from the old version to
 * {@link NotebookJsonCodec#standard()}'s list; never edit a released upgrader.
 */
public interface FormatUpgrader {

    /** The version this upgrader reads; it writes {@code fromVersion() + 1}. */
    int fromVersion();

    /** Rewrites {@code document} (without its {@code formatVersion} field) in place into the next version's shape. */
    void upgrade(ObjectNode document);
}
