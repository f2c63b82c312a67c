/** The administrators' view of reference values. */
@NullMarked
package org.gvclab.web.benchmark.ui;

import org.jspecify.annotations.NullMarked;
