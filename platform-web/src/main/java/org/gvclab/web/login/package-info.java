/** The login page, with the demo accounts in demo mode. */
@NullMarked
package org.gvclab.web.login;

import org.jspecify.annotations.NullMarked;
