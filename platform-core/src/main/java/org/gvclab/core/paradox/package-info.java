/**
 * The paradox diagnosis (METHODS.md §4): five factor scores against a benchmark set, the lock-in index and its
 * drivers, production architecture (spider / snake), governance type (Gereffi, Humphrey &amp; Sturgeon 2005),
 * upgrading stage, and the recommended path with its reasons, all in both languages. {@link
 * org.gvclab.core.paradox.Diagnosis#diagnose} is a pure function so the strategy projection can reuse it.
 */
@NullMarked
package org.gvclab.core.paradox;

import org.jspecify.annotations.NullMarked;
