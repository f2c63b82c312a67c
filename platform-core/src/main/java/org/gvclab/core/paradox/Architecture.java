package org.gvclab.core.paradox;

import org.gvclab.core.base.LocalizedText;
import org.gvclab.core.base.Msg;

/** How production is organised (Baldwin &amp; Venables 2013): spider, snake, a mix, or not yet known. */
public enum Architecture {
    SPIDER(Msg.of("paradox.architecture.spider")),
    SNAKE(Msg.of("paradox.architecture.snake")),
    MIXED(Msg.of("paradox.architecture.mixed")),
    UNDETERMINED(Msg.of("paradox.architecture.undetermined"));

    private final LocalizedText label;

    Architecture(LocalizedText label) {
        this.label = label;
    }

    /** The bilingual label. */
    public LocalizedText label() {
        return label;
    }
}
