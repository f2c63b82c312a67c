/**
 * Regional input-output analysis for a county or city (Flegg &amp; Webber 1997; Miller &amp; Blair 2009 ch. 6): FLQ
 * regionalisation, regional employment (read from CSV) and Type I multipliers of a linked region-sector.
 * Depends on {@code io.model} and {@code io.read}.
 */
@NullMarked
package org.gvclab.core.io.regional;

import org.jspecify.annotations.NullMarked;
