/** Jurisdictions (provinces, cities, counties): the tenants whose data GVC Lab keeps apart. */
@NullMarked
package org.gvclab.web.jurisdiction;

import org.jspecify.annotations.NullMarked;
