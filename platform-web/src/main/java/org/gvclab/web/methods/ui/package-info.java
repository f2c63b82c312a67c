/** The Methods page and the links other views give to its sections. */
@NullMarked
package org.gvclab.web.methods.ui;

import org.jspecify.annotations.NullMarked;
