package org.gvclab.web.archfixture;

/** The only user of {@link NeedlesslyPublic}, in the same package. */
class UsesNeedlesslyPublic {

    NeedlesslyPublic make() {
        return new NeedlesslyPublic();
    }
}
