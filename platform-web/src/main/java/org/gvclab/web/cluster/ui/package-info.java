/** Views of clusters. */
@NullMarked
package org.gvclab.web.cluster.ui;

import org.jspecify.annotations.NullMarked;
