/** The diagnosis page and the benchmark comparison of clusters. */
@NullMarked
package org.gvclab.web.diagnosis.ui;

import org.jspecify.annotations.NullMarked;
