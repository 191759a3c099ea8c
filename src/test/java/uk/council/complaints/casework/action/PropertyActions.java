package uk.council.complaints.casework.action;

import io.micronaut.context.ApplicationContext;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.stage.Casework;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.staff.StaffForm;

/** What a post of each action does once it passed its checks, for {@link CaseRecordPropertiesTest}: as declared. */
final class PropertyActions {
    private PropertyActions() {
    }

    static void perform(ApplicationContext ctx, long id, StaffActor by, CaseActions action, StaffForm f) {
        if (action == CaseActions.CLOSE) {
            ctx.getBean(Casework.class).close(id, by);
        } else {
            ctx.getBean(ActionSteps.class).step(action).orElseThrow().run(id, by, f);
        }
    }
}
