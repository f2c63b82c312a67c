/**
 * PDF briefs: an evaluated notebook as A4 HTML/CSS paged media (cover, contents, running header, page numbers,
 * tables with repeated headers, inline SVG charts, provenance annex) rendered by openhtmltopdf with an embedded
 * CJK TrueType font.
 */
@NullMarked
package org.gvclab.reports.pdf;

import org.jspecify.annotations.NullMarked;
