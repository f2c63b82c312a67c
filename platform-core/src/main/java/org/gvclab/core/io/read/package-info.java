/**
 * Readers of input-output tables: the golden CSV layout (directory or zip upload, with its limits), OECD ICIO of the
 * 2016, 2018, 2021 and 2023 releases and WIOD of the 2013 and 2016 releases as published, with release detection
 * ({@link org.gvclab.core.io.read.LayoutDetection}) and a fast exact decimal parser (docs/io-formats.md). Every reader
 * names file, line and label in its {@link org.gvclab.core.io.read.TableValidationException}; entry point
 * {@link org.gvclab.core.io.read.IoTables}. Depends on {@code io.model} only.
 */
@NullMarked
package org.gvclab.core.io.read;

import org.jspecify.annotations.NullMarked;
