/**
 * Live consultants' workshops (issue 7): set-up of an agenda for a cluster, joining by an unguessable expiring
 * code without an account, submissions, live aggregation pushed to every screen on every node, frozen results for
 * notebooks and the strategy ranking, anonymised raw-data export.
 */
@NullMarked
package org.gvclab.web.workshop;

import org.jspecify.annotations.NullMarked;
