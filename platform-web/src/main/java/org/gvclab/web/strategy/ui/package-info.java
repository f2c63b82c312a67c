/** The strategy comparison page of a cluster. */
@NullMarked
package org.gvclab.web.strategy.ui;

import org.jspecify.annotations.NullMarked;
