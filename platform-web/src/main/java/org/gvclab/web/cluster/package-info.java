/** Industrial clusters of a jurisdiction and their data. */
@NullMarked
package org.gvclab.web.cluster;

import org.jspecify.annotations.NullMarked;
