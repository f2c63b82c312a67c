/** Indicators that consultants and administrators define as formulas over the record fields. */
@NullMarked
package org.gvclab.web.indicator;

import org.jspecify.annotations.NullMarked;
