package uk.council.complaints.casework.record;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * "Correct the Ombudsman's decision" (issue 21): a decision recorded by mistake put right with a reason, in place (an
 * Ombudsman case keeps one decision, so the report counts the corrected one); the timeline keeps it as the stages'
 * corrections are kept, an outcome corrected with each changed answer, old and new. When it applies is the action
 * guard's (a decision is recorded); its answers have the decision's checks, its date too.
 */
@Singleton
public class OmbudsmanCorrection {
    private final CaseState.Loader loader;
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final CaseTimeline timeline;
    private final Messages msg;

    OmbudsmanCorrection(CaseState.Loader loader, CaseRecordRepositories.Ombudsman ombudsman, CaseTimeline timeline,
                        Messages msg) {
        this.loader = loader;
        this.ombudsman = ombudsman;
        this.timeline = timeline;
        this.msg = msg;
    }

    @Transactional
    public void correct(long caseId, long ombudsmanId, StaffActor by, LocalDate decidedOn, String decision,
                        @Nullable String fault, @Nullable String remedy, @Nullable Long pence, String reason) {
        loader.lock(caseId);
        OmbudsmanCase was = ombudsman.findById(ombudsmanId).filter(o -> o.caseId() == caseId && o.decidedOn() != null)
                .orElseThrow(() -> new CaseworkRefused("staff.refused.correctNeedsOutcome"));
        if (decidedOn.isBefore(was.receivedOn())) {
            throw new CaseworkRefused("staff.refused.ombudsmanDecidedBeforeReceived");
        }
        OmbudsmanCase now = was.decided(decidedOn, decision, fault, remedy, pence);
        ombudsman.update(now);
        List<String> changes = new ArrayList<>();
        changed(changes, was, now, OmbudsmanCase::decidedOn, on -> msg.date(on, "date"), "date");
        changed(changes, was, now, OmbudsmanCase::decision, code -> msg.get("staff.record.decision." + code), "decision");
        changed(changes, was, now, OmbudsmanCase::fault, code -> msg.get("staff.record.fault." + code), "fault");
        changed(changes, was, now, OmbudsmanCase::remedy, text -> text, "remedy");
        changed(changes, was, now, OmbudsmanCase::paymentPence, Pence::pounds, "payment");
        timeline.record(caseId, by.actor(), CaseEventType.OUTCOME_CORRECTED, msg.get("staff.eventDetail.corrected",
                msg.get("staff.record.ombudsman-correct.what"), changes.isEmpty() ? msg.get("staff.eventDetail.corrected.nothing")
                        : String.join(". ", changes), reason));
    }

    /** "Date changed from … to …" (as a stage's outcome says it), or "Decision changed from … to …" by its row's name. */
    private <T> void changed(List<String> changes, OmbudsmanCase was, OmbudsmanCase now, Function<OmbudsmanCase, T> answer,
                             Function<T, String> words, String name) {
        T before = answer.apply(was);
        T after = answer.apply(now);
        if (Objects.equals(before, after)) {
            return;
        }
        String from = before == null ? msg.get("staff.eventDetail.corrected.notRecorded") : words.apply(before);
        String to = after == null ? msg.get("staff.eventDetail.corrected.notRecorded") : words.apply(after);
        changes.add(name.equals("date") ? msg.get("staff.eventDetail.corrected.date", from, to)
                : msg.get("staff.eventDetail.corrected.answer", msg.get("staff.record.ombudsman-decision." + name + ".row"), from, to));
    }
}
