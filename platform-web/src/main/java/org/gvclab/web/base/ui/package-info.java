/** Shared user-interface pieces: the central error handler and the error pages. */
@NullMarked
package org.gvclab.web.base.ui;

import org.jspecify.annotations.NullMarked;
