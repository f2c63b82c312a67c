/** The start page: the user's jurisdictions and their clusters. */
@NullMarked
package org.gvclab.web.dashboard;

import org.jspecify.annotations.NullMarked;
