package org.gvclab.web.notebook;

import org.gvclab.core.base.LocalizedText;

/**
 * One value a notebook parameter may take, as the parameter bar offers it.
 *
 * @param id    the value (a cluster's, scenario's or table's id; a year)
 * @param label what the user reads
 */
public record Choice(long id, LocalizedText label) {
}
