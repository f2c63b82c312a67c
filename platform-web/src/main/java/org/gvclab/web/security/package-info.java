/**
 * Who the caller is and what they may see: accounts, roles, memberships, the tenant scope every service
 * checks, sign-in with lock-out, and the user's language.
 */
@NullMarked
package org.gvclab.web.security;

import org.jspecify.annotations.NullMarked;
