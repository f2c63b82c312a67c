/**
 * The methods documentation inside the application: {@code docs/methods.md} and {@code docs/model.md} (and their
 * Chinese versions), copied into the jar at build time and rendered, safely, on the Methods page.
 */
@NullMarked
package org.gvclab.web.methods;

import org.jspecify.annotations.NullMarked;
