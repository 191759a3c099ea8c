package uk.council.complaints.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** What every page's layout needs: the council, the message helper and the form token. */
@Singleton
class GlobalModel implements ViewModelProcessor<Map<String, Object>> {
    private final CouncilProperties council;
    private final Messages messages;
    private final CsrfGuard csrf;

    GlobalModel(CouncilProperties council, Messages messages, CsrfGuard csrf) {
        this.council = council;
        this.messages = messages;
        this.csrf = csrf;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        model.putIfAbsent("council", council);
        model.putIfAbsent("msg", messages);
        model.putIfAbsent("csrfToken", csrf.tokenFor(request));
        model.putIfAbsent("csrfField", csrf.fieldName());
        model.putIfAbsent("currentPath", request.getPath());
        modelAndView.setModel(model);
    }
}
