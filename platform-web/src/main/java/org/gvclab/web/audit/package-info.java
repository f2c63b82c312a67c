/** The audit log: every change to user data, who made it, when, and the record before and after. */
@NullMarked
package org.gvclab.web.audit;

import org.jspecify.annotations.NullMarked;
