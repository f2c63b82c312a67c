/**
 * A cluster's data: the yearly-record field catalogue (METHODS.md §2), yearly records, the governance and
 * architecture questionnaires, validation, the industry code list, and CSV/Excel import and export.
 */
@NullMarked
package org.gvclab.core.cluster;

import org.jspecify.annotations.NullMarked;
