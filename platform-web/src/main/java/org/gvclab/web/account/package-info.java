/** Managing accounts: administrators create users, reset passwords, assign jurisdictions and unlock accounts. */
@NullMarked
package org.gvclab.web.account;

import org.jspecify.annotations.NullMarked;
