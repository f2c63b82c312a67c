/** Strategy comparison for a cluster: saved scenarios and runs of the core's projection model. */
@NullMarked
package org.gvclab.web.strategy;

import org.jspecify.annotations.NullMarked;
