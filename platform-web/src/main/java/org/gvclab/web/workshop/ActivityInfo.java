package org.gvclab.web.workshop;

import org.gvclab.core.workshop.Activity;

/**
 * An activity of a workshop as the facilitator sees it.
 *
 * @param activity    the activity (kind, items, position)
 * @param state       pending, open or closed
 * @param submissions how many participants submitted so far
 */
public record ActivityInfo(Activity activity, ActivityState state, int submissions) {
}
