/**
 * Notebooks: the document (title, language, parameters, ordered cells) stored as versioned JSON, the
 * dependency-aware evaluation that recomputes only cells whose inputs changed, and the renderer-neutral result
 * model (text, tables, charts, each with provenance) that the web view and the reports draw.
 */
@NullMarked
package org.gvclab.core.notebook;

import org.jspecify.annotations.NullMarked;
