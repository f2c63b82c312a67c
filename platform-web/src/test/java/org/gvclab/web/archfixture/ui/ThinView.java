package org.gvclab.web.archfixture.ui;

import java.util.List;
import org.gvclab.web.indicator.UserIndicatorService;
import org.gvclab.web.indicator.UserIndicatorValue;

/** Keeps the ui rule: a view that asks a service and renders the values it gets. */
class ThinView {

    List<String> names(UserIndicatorService service, long clusterId, long jurisdictionId) {
        return service.latestValues(clusterId, jurisdictionId).stream()
                .map(UserIndicatorValue::definition).map(d -> d.name().en()).toList();
    }
}
