package uk.council.complaints.casework.page;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.web.Messages;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** An action from the case page that asks nothing first: done, back to the case with a banner; refused, the case page saying why (409). */
@Singleton
class CaseActs {
    private final CasePage page;
    private final Messages msg;

    CaseActs(CasePage page, Messages msg) {
        this.page = page;
        this.msg = msg;
    }

    /** {@code anchor}: the part of the case page the refusal's message links to. */
    HttpResponse<?> act(Authentication auth, String reference, String done, String anchor, Runnable action) {
        try {
            action.run();
            return HttpResponse.seeOther(URI.create("/staff/cases/" + reference + "?done=" + done));
        } catch (CaseworkRefused refused) {
            Map<String, Object> model = page.view(reference, StaffActor.of(auth));
            model.put("errors", List.of(Map.of("href", anchor, "text", msg.get(refused.messageKey()))));
            return HttpResponse.status(HttpStatus.CONFLICT).body(new ModelAndView<>("staff/case", model));
        }
    }
}
