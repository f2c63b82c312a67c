/**
 * The paradox diagnosis (docs/model.md): the lock-in index as the mean risk of the outcomes of lock-in, explained by
 * the five driver factor scores; production architecture (spider / snake), governance type (Gereffi, Humphrey &amp;
 * Sturgeon 2005), upgrading stage and chain upgrading, the path recommended from architecture, specialised-market
 * and governance evidence, the evidence of a linked IO table, innovation agglomeration and rent distribution, all in
 * both languages. {@link org.gvclab.core.paradox.Diagnosis#diagnose} is a pure function; the strategy projection
 * scores projected years with the same {@link org.gvclab.core.paradox.LockInScorer}.
 */
@NullMarked
package org.gvclab.core.paradox;

import org.jspecify.annotations.NullMarked;
