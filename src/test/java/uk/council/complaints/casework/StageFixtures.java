package uk.council.complaints.casework;

import io.micronaut.context.ApplicationContext;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.casework.core.CaseworkRepository;

/** For tests outside casework that walk a case through the stages over HTTP. */
public final class StageFixtures {
    private StageFixtures() {
    }

    /** The reference of the case this one was escalated to (or from). */
    public static String linkedFrom(ApplicationContext ctx, String reference) {
        CaseRepository cases = ctx.getBean(CaseRepository.class);
        long id = cases.findByReference(reference).orElseThrow().id();
        Long linked = ctx.getBean(CaseworkRepository.class).findById(id).orElseThrow().linkedCaseId();
        return cases.findById(linked).orElseThrow().reference();
    }
}
