/**
 * Workshop screens: the facilitator's list, console and projector ("present") views, and the participants' join
 * and input pages (no account, no main layout, nothing else of the application reachable).
 */
@NullMarked
package org.gvclab.web.workshop.ui;

import org.jspecify.annotations.NullMarked;
