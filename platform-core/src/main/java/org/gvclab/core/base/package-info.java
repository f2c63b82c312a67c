/**
 * Small pieces shared by several core features (bilingual text, provenance). Nothing here knows a feature.
 */
@NullMarked
package org.gvclab.core.base;

import org.jspecify.annotations.NullMarked;
