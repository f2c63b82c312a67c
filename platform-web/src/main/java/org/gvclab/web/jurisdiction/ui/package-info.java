/** The administrators' view of jurisdictions. */
@NullMarked
package org.gvclab.web.jurisdiction.ui;

import org.jspecify.annotations.NullMarked;
