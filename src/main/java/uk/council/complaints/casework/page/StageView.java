package uk.council.complaints.casework.page;

import jakarta.inject.Singleton;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.casework.stage.StageRepositories;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The case page's part of the statutory lifecycle: what is recorded, whether it is paused, (the actions offered are ActionRules'). */
@Singleton
class StageView {
    private final StageRepositories.Investigations investigations;
    private final StageRepositories.Panels panels;
    private final StageRepositories.Decisions decisions;
    private final StageRepositories.Pauses pauses;
    private final StageRepositories.Issues issues;
    private final Messages msg;
    private final StageRepositories.Requests requests;

    StageView(StageRepositories.Investigations investigations, StageRepositories.Panels panels,
              StageRepositories.Decisions decisions, StageRepositories.Pauses pauses, StageRepositories.Issues issues,
              Messages msg, StageRepositories.Requests requests) {
        this.requests = requests;
        this.investigations = investigations;
        this.panels = panels;
        this.decisions = decisions;
        this.pauses = pauses;
        this.issues = issues;
        this.msg = msg;
    }

    boolean paused(long caseId) {
        return pauses.findOpen(caseId).isPresent();
    }

    List<CaseAnswers.Row> rows(long caseId) {
        List<CaseAnswers.Row> rows = new ArrayList<>();
        pauses.findOpen(caseId).ifPresent(p -> add(rows, "paused", msg.get("staff.stage.pausedSince", date(p.pausedOn()), p.reason())));
        requests.findById(caseId).ifPresent(r -> add(rows, "requestVia", msg.get(StaffChoices.REQUEST_VIA.labelKey(r.via()))));
        issues.findByCaseIdOrderByPosition(caseId).forEach(i -> rows.add(new CaseAnswers.Row(
                msg.get("staff.stage.issue", i.position()), List.of(msg.find("staff.nature." + i.nature()).orElse(i.nature()),
                i.finding() == null ? msg.get("staff.stage.noFinding") : msg.get(StaffChoices.ISSUE_FINDING.labelKey(i.finding()))))));
        investigations.findById(caseId).ifPresent(v -> {
            add(rows, "investigatingOfficer", v.investigatingOfficer());
            add(rows, "independentPerson", v.independentPerson());
            add(rows, "stage1Handler", v.stage1Handler());
            add(rows, "adjudicationOn", date(v.adjudicationOn()));
        });
        panels.findById(caseId).ifPresent(p -> {
            add(rows, "panel", p.chair() == null ? null : msg.get("staff.stage.panelNames", p.chair(), p.memberTwo(), p.memberThree()));
            step(rows, "meeting", p.meetingDue(), p.meetingOn());
            step(rows, "report", p.reportDue(), p.reportOn());
            step(rows, "councilResponse", p.councilResponseDue(), p.councilResponseOn());
        });
        decisions.findByCaseIdOrderById(caseId).forEach(d -> rows.add(new CaseAnswers.Row(
                msg.get("staff.decisionKind." + d.kind()), List.of(msg.get("staff.decision." + d.kind() + "." + d.decision()),
                d.reason(), msg.get("staff.stage.decidedBy", d.decidedBy(), msg.date(d.decidedAt().atZone(ClockFactory.COUNCIL_ZONE), "date"))))));
        return rows;
    }

    private void step(List<CaseAnswers.Row> rows, String key, LocalDate due, LocalDate on) {
        if (due != null || on != null) {
            add(rows, key, on != null ? msg.get("staff.stage.doneOn", date(on), date(due))
                    : msg.get("staff.stage.dueOn", date(due)));
        }
    }

    private String date(LocalDate d) {
        return d == null ? null : msg.date(d, "date");
    }

    private void add(List<CaseAnswers.Row> rows, String key, String value) {
        Optional.ofNullable(value).ifPresent(v -> rows.add(new CaseAnswers.Row(msg.get("staff.stage." + key), v.lines().toList())));
    }
}
