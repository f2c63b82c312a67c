/** The view where consultants and administrators define indicators. */
@NullMarked
package org.gvclab.web.indicator.ui;

import org.jspecify.annotations.NullMarked;
