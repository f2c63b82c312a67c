/**
 * The command line for batch work ({@code java -jar gvclab-cli.jar io …}, {@code … bench …}).
 */
@NullMarked
package org.gvclab.core.cli;

import org.jspecify.annotations.NullMarked;
