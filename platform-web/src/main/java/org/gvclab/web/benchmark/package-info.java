/** The reference (benchmark) values the diagnosis compares clusters against, maintained by administrators. */
@NullMarked
package org.gvclab.web.benchmark;

import org.jspecify.annotations.NullMarked;
