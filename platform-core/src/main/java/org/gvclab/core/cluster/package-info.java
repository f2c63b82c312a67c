/**
 * A cluster's data: the yearly-record field catalogue (docs/model.md, "Data"), yearly records, the governance and
 * architecture questionnaires, validation, the industry code list, and CSV/Excel import and export.
 */
@NullMarked
package org.gvclab.core.cluster;

import org.jspecify.annotations.NullMarked;
