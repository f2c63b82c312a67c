/** The user administration view and the user's own profile. */
@NullMarked
package org.gvclab.web.account.ui;

import org.jspecify.annotations.NullMarked;
