package org.gvclab.web.archfixture;

/** Breaks the visibility rule on purpose: public, but used only in its own package. */
public class NeedlesslyPublic {
}
