package org.gvclab.core.io.read;

import org.gvclab.core.base.LocalizedText;

/** How a file's head compares with one family of layouts: a recognised release, or the first difference. */
sealed interface LayoutMatch permits LayoutMatch.Found, LayoutMatch.Differs {

    /** The release recognised and what gave it away. */
    record Found(TableRelease release, LocalizedText evidence) implements LayoutMatch {
    }

    /** Where the file first differs from the layout. */
    record Differs(LocalizedText difference) implements LayoutMatch {
    }
}
