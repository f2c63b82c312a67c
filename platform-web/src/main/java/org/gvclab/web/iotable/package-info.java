/**
 * Input-output tables in the browser (docs/methods.md#io-core): uploads parsed and checked by the core, stored once
 * by content checksum in a compact binary codec, indicators computed one at a time on a bounded executor and
 * cached by (checksum, indicator) in the database and in memory, and the link of a cluster to a region-sector.
 */
@NullMarked
package org.gvclab.web.iotable;

import org.jspecify.annotations.NullMarked;
