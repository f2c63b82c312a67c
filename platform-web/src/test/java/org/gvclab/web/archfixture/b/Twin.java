package org.gvclab.web.archfixture.b;

/** The other class with the same name. */
public class Twin {
}
