package uk.council.complaints.casework.page;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.action.ActionGuard;
import uk.council.complaints.casework.action.RecordAction;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.casework.record.OmbudsmanCase;
import uk.council.complaints.casework.record.OmbudsmanRecommendation;
import uk.council.complaints.casework.record.Pence;
import uk.council.complaints.notify.PersonStep;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The case page's Ombudsman, learning and letters sections (issue 10), with an overdue mark on what is late. */
@Singleton
class CaseRecordView {
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final CaseRecordRepositories.Recommendations recommendations;
    private final CaseRecordRepositories.Learning learning;
    private final Messages msg;
    private final Clock clock;
    private final ActionGuard guard;

    CaseRecordView(ActionGuard guard, CaseRecordRepositories.Ombudsman ombudsman, CaseRecordRepositories.Recommendations recommendations,
                   CaseRecordRepositories.Learning learning, Messages msg, Clock clock) {
        this.guard = guard;
        this.ombudsman = ombudsman;
        this.recommendations = recommendations;
        this.learning = learning;
        this.msg = msg;
        this.clock = clock;
    }

    /** @param correctHref issue 21: "Correct the Ombudsman's decision", once one is recorded */
    record Ombudsman(String title, List<CaseAnswers.Row> rows, String decisionHref, String correctHref, String recommendHref,
                     List<Item> recommendations) {
    }

    /** A recommendation or a learning action: what, due, done (or the link to mark it done) and whether it is late. */
    record Item(String text, String owner, String due, String done, boolean overdue, String doneHref) {
    }

    record Letter(String label, String href) {
    }

    /** Must run in the page's transaction. */
    void addTo(Map<String, Object> model, long caseId, String reference, StoredTriage t, List<CaseEvent> events) {
        LocalDate today = ClockFactory.today(clock);
        String base = "/staff/cases/" + reference + "/";
        List<OmbudsmanCase> cases = ombudsman.findByCaseIdOrderById(caseId);
        List<OmbudsmanRecommendation> recs = cases.isEmpty() ? List.of()
                : recommendations.findByOmbudsmanCaseIdInOrderById(cases.stream().map(OmbudsmanCase::id).toList());
        List<Ombudsman> views = new ArrayList<>();
        for (OmbudsmanCase o : cases) {
            views.add(new Ombudsman(msg.get("staff.record.ombudsman.title", o.lgscoReference()), rows(o),
                    href(base, RecordAction.OMBUDSMAN_DECISION, caseId, t, o.id()),
                    href(base, RecordAction.OMBUDSMAN_CORRECT, caseId, t, o.id()),
                    href(base, RecordAction.RECOMMENDATION, caseId, t, o.id()),
                    recs.stream().filter(r -> r.ombudsmanCaseId() == o.id()).map(r -> new Item(r.recommendation(), "",
                            date(r.dueOn()), r.compliedOn() == null ? "" : date(r.compliedOn()), r.overdue(today),
                            href(base, RecordAction.COMPLIED, caseId, t, r.id()))).toList()));
        }
        model.put("ombudsmanCases", views);
        model.put("ombudsmanAddHref", href(base, RecordAction.OMBUDSMAN_ADD, caseId, t, 0));
        model.put("learningActions", learning.findByCaseIdOrderById(caseId).stream().map(a -> new Item(a.action(),
                a.ownerTeam(), date(a.dueOn()), a.doneOn() == null ? "" : date(a.doneOn()), a.overdue(today),
                href(base, RecordAction.LEARNING_DONE, caseId, t, a.id()))).toList());
        model.put("learningAddHref", href(base, RecordAction.LEARNING_ADD, caseId, t, 0));
        boolean complaint = Lists.COMPLAINT_QUEUES.contains(t.queue());
        model.put("letters", !complaint ? List.of() : events.stream().filter(e -> CaseEventType.ofCode(e.eventType())
                .flatMap(PersonStep::of).isPresent()).map(e -> new Letter(msg.get("staff.letter.link",
                msg.get("staff.letter.step." + CaseEventType.ofCode(e.eventType()).flatMap(PersonStep::of).orElseThrow().code()),
                date(e.occurredAt().atZone(ClockFactory.COUNCIL_ZONE).toLocalDate())), base + "letters/" + e.id())).toList());
    }

    /** The action's page, or null when it does not apply (the guard that also refuses its post). */
    private String href(String base, RecordAction action, long caseId, StoredTriage t, long id) {
        return guard.applies(action, caseId, t.queue(), id) ? base + action.path(id) : null;
    }

    private List<CaseAnswers.Row> rows(OmbudsmanCase o) {
        List<CaseAnswers.Row> rows = new ArrayList<>();
        add(rows, "lgscoReference", o.lgscoReference());
        add(rows, "receivedOn", date(o.receivedOn()));
        add(rows, "decidedOn", o.decidedOn() == null ? msg.get("staff.summary.notYet") : date(o.decidedOn()));
        if (o.decision() != null) {
            add(rows, "decision", msg.get("staff.record.decision." + o.decision()));
        }
        if (o.fault() != null) {
            add(rows, "fault", msg.get("staff.record.fault." + o.fault()));
        }
        if (o.remedy() != null) {
            add(rows, "remedy", o.remedy());
        }
        if (o.paymentPence() != null) {
            add(rows, "payment", Pence.pounds(o.paymentPence()));
        }
        return rows;
    }

    private void add(List<CaseAnswers.Row> rows, String key, String value) {
        rows.add(new CaseAnswers.Row(msg.get("staff.record.ombudsman-decision." + key + ".row"), value.lines().toList()));
    }

    private String date(LocalDate date) {
        return msg.date(date, "date");
    }
}
