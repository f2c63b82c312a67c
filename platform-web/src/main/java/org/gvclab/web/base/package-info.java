/** Pieces every feature of the web application shares: settings, translations, the clock, error handling. */
@NullMarked
package org.gvclab.web.base;

import org.jspecify.annotations.NullMarked;
