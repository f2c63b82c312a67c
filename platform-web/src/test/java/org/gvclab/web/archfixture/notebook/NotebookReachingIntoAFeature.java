package org.gvclab.web.archfixture.notebook;

import org.gvclab.web.strategy.StrategyComparisonService;

/** Breaks the notebook rule on purpose: notebook code that calls a feature's service directly. */
class NotebookReachingIntoAFeature {

    Object setup(StrategyComparisonService strategies) {
        return strategies.setup(1);
    }
}
