/**
 * Text output of IO results: shortest round-trip formatting of doubles (Schubfach) and CSV bytes in the golden
 * files' conventions. Depends on no other {@code io} package.
 */
@NullMarked
package org.gvclab.core.io.write;

import org.jspecify.annotations.NullMarked;
