/** The IO table list with its upload, and one table's page: summary, indicator grids, charts, cluster link. */
@NullMarked
package org.gvclab.web.iotable.ui;

import org.jspecify.annotations.NullMarked;
