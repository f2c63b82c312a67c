/** The paradox diagnosis of a cluster, computed by the core from the stored data and reference values. */
@NullMarked
package org.gvclab.web.diagnosis;

import org.jspecify.annotations.NullMarked;
