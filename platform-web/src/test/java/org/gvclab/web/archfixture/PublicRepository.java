package org.gvclab.web.archfixture;

/** Breaks the repository rule on purpose: a public repository. */
public class PublicRepository {
}
