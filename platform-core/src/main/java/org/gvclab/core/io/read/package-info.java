/**
 * Readers of input-output tables: the golden CSV layout (directory or zip upload, with its limits), OECD ICIO and
 * WIOD 2016, with a fast exact decimal parser. Every reader names file, line and label in its
 * {@link org.gvclab.core.io.read.TableValidationException}; entry point {@link org.gvclab.core.io.read.IoTables}.
 * Depends on {@code io.model} only.
 */
@NullMarked
package org.gvclab.core.io.read;

import org.jspecify.annotations.NullMarked;
