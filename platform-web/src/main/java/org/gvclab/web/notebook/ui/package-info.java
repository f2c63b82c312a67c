/** The notebook list and editor. */
@NullMarked
package org.gvclab.web.notebook.ui;

import org.jspecify.annotations.NullMarked;
