package uk.council.complaints.casework.stage;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.CaseHandling;
import uk.council.complaints.casework.core.CaseworkRepository;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.notify.OutcomeDates;
import uk.council.complaints.web.Messages;


import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The outcome's recorded date: one per stage (ActionRules), kept as the case's response date. */
@Singleton
class CaseOutcomeDates implements OutcomeDates {
    private final CaseworkRepository handling;
    private final StageRepositories.Issues issues;
    private final Messages msg;

    CaseOutcomeDates(CaseworkRepository handling, StageRepositories.Issues issues, Messages msg) {
        this.handling = handling;
        this.issues = issues;
        this.msg = msg;
    }

    @Override
    @Transactional
    public List<String> findings(long caseId) {
        String finding = handling.findById(caseId).map(CaseHandling::finding).orElse(null);
        if (finding == null) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        lines.add(msg.get("notify.person.findings.overall", msg.get(StaffChoices.FINDING.labelKey(finding))));
        issues.findByCaseIdOrderByPosition(caseId).stream().filter(i -> i.finding() != null).forEach(i ->
                lines.add(msg.get("notify.person.findings.issue", i.position(),
                        msg.find("staff.nature." + i.nature()).orElse(i.nature()),
                        msg.get(StaffChoices.ISSUE_FINDING.labelKey(i.finding())))));
        return lines;
    }

    @Override
    @Transactional
    public Optional<LocalDate> outcomeOn(long caseId) {
        return handling.findById(caseId).map(CaseHandling::respondedOn);
    }
}
