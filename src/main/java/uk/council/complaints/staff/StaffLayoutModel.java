package uk.council.complaints.staff;

import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.model.ViewModelProcessor;
import jakarta.inject.Singleton;

import java.util.HashMap;
import java.util.Map;

/** What the staff layout needs on every page: who is signed in, and when the session times out. */
@Singleton
class StaffLayoutModel implements ViewModelProcessor<Map<String, Object>> {
    private final StaffProperties properties;

    StaffLayoutModel(StaffProperties properties) {
        this.properties = properties;
    }

    @Override
    public void process(HttpRequest<?> request, ModelAndView<Map<String, Object>> modelAndView) {
        if (!request.getPath().startsWith("/staff")) {
            return;
        }
        Map<String, Object> model = new HashMap<>(modelAndView.getModel().orElseGet(Map::of));
        request.getUserPrincipal(Authentication.class).ifPresent(auth -> {
            StaffActor actor = StaffActor.of(auth);
            model.putIfAbsent("staff", actor);
            model.putIfAbsent("isManager", actor.is(StaffRole.MANAGER));
            model.putIfAbsent("isAdmin", actor.is(StaffRole.ADMIN));
            model.putIfAbsent("secondsLeft", properties.getIdleTimeout().toSeconds());
            model.putIfAbsent("warningSeconds", Math.min(properties.getWarningBefore().toSeconds(),
                    properties.getIdleTimeout().toSeconds() / 2));
        });
        modelAndView.setModel(model);
    }
}
