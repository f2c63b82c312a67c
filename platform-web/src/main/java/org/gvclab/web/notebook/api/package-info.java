/** Stable download URLs of notebooks, for browsers and for scripts with a personal access token. */
@NullMarked
package org.gvclab.web.notebook.api;

import org.jspecify.annotations.NullMarked;
