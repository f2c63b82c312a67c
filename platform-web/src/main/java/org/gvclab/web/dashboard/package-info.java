/** The start page's service: how each cluster in the user's scope is doing. */
@NullMarked
package org.gvclab.web.dashboard;

import org.jspecify.annotations.NullMarked;
