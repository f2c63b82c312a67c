/** The main layout: header with language switch and user menu, side navigation built from the views' menus. */
@NullMarked
package org.gvclab.web.layout;

import org.jspecify.annotations.NullMarked;
