/** The start page: how each cluster in the user's scope is doing and what to do next. */
@NullMarked
package org.gvclab.web.dashboard.ui;

import org.jspecify.annotations.NullMarked;
