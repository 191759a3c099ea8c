package uk.council.complaints.casework.record;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.CaseworkRefused;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;

/**
 * The Ombudsman (LGSCO) on a complaint: its case, decision, recommendations and the council complying with them.
 * Each under the case's row lock, checked, and recorded on the timeline, in one transaction.
 */
@Singleton
public class OmbudsmanWork {
    private final CaseState.Loader loader;
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final CaseRecordRepositories.Recommendations recommendations;
    private final CaseTimeline timeline;
    private final Messages msg;
    private final Clock clock;

    OmbudsmanWork(CaseState.Loader loader, CaseRecordRepositories.Ombudsman ombudsman,
                  CaseRecordRepositories.Recommendations recommendations, CaseTimeline timeline, Messages msg, Clock clock) {
        this.loader = loader;
        this.ombudsman = ombudsman;
        this.recommendations = recommendations;
        this.timeline = timeline;
        this.msg = msg;
        this.clock = clock;
    }

    /** Any complaint, open or closed: the Ombudsman may take a case at any time. */
    @Transactional
    public void add(long caseId, StaffActor by, String lgscoReference, LocalDate receivedOn) {
        CaseState s = loader.lock(caseId);
        if (!Lists.COMPLAINT_QUEUES.contains(s.triage().queue())) {
            throw new CaseworkRefused("staff.refused.ombudsmanComplaintsOnly");
        }
        ombudsman.save(new OmbudsmanCase(null, caseId, lgscoReference, receivedOn, null, null, null, null, null,
                clock.instant()));
        timeline.record(caseId, by.actor(), CaseEventType.OMBUDSMAN_CASE,
                msg.get("staff.eventDetail.ombudsmanCase", lgscoReference, msg.date(receivedOn, "date")));
    }

    @Transactional
    public void decide(long caseId, long ombudsmanId, StaffActor by, LocalDate decidedOn, String decision,
                @Nullable String fault, @Nullable String remedy, @Nullable Long pence) {
        loader.lock(caseId);
        OmbudsmanCase o = ombudsmanCase(caseId, ombudsmanId);
        if (o.decidedOn() != null) {
            throw new CaseworkRefused("staff.refused.ombudsmanDecided");
        }
        if (decidedOn.isBefore(o.receivedOn())) {
            throw new CaseworkRefused("staff.refused.ombudsmanDecidedBeforeReceived");
        }
        ombudsman.update(o.decided(decidedOn, decision, fault, remedy, pence));
        String words = msg.get("staff.record.decision." + decision) + (fault == null ? ""
                : ", " + msg.get("staff.record.fault." + fault)) + (pence == null ? "" : ", " + Pence.pounds(pence));
        timeline.record(caseId, by.actor(), CaseEventType.OMBUDSMAN_DECISION,
                msg.get("staff.eventDetail.ombudsmanDecision", o.lgscoReference(), msg.date(decidedOn, "date"), words));
    }

    @Transactional
    public void recommend(long caseId, long ombudsmanId, StaffActor by, String text, LocalDate dueOn) {
        loader.lock(caseId);
        OmbudsmanCase o = ombudsmanCase(caseId, ombudsmanId);
        recommendations.save(new OmbudsmanRecommendation(null, o.id(), text, dueOn, null));
        timeline.record(caseId, by.actor(), CaseEventType.OMBUDSMAN_RECOMMENDATION,
                msg.get("staff.eventDetail.ombudsmanRecommendation", o.lgscoReference(), msg.date(dueOn, "date"), text));
    }

    @Transactional
    public void complied(long caseId, long recommendationId, StaffActor by, LocalDate on) {
        loader.lock(caseId);
        OmbudsmanRecommendation r = recommendations.findById(recommendationId)
                .filter(found -> ombudsman.findById(found.ombudsmanCaseId()).map(o -> o.caseId() == caseId).orElse(false))
                .orElseThrow(() -> new CaseworkRefused("staff.refused.noRecommendation"));
        if (r.compliedOn() != null) {
            throw new CaseworkRefused("staff.refused.alreadyComplied");
        }
        recommendations.update(r.complied(on));
        timeline.record(caseId, by.actor(), CaseEventType.OMBUDSMAN_COMPLIED,
                msg.get("staff.eventDetail.ombudsmanComplied", msg.date(on, "date"), r.recommendation()));
    }

    private OmbudsmanCase ombudsmanCase(long caseId, long ombudsmanId) {
        return ombudsman.findById(ombudsmanId).filter(o -> o.caseId() == caseId)
                .orElseThrow(() -> new CaseworkRefused("staff.refused.noOmbudsmanCase"));
    }
}
