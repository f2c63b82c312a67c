package org.gvclab.web.archfixture.a;

/** One of two classes with the same name, breaking the naming rule on purpose. */
public class Twin {
}
