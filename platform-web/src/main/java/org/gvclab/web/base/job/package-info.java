/**
 * The job service: long computations off the user-interface thread, on bounded lanes of worker threads, with
 * progress, cancellation, notices for the user and one log line per outcome.
 */
@NullMarked
package org.gvclab.web.base.job;

import org.jspecify.annotations.NullMarked;
