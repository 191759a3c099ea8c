package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseCodes;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.casework.core.CaseActions;
import uk.council.complaints.casework.core.CaseState;
import uk.council.complaints.casework.core.StaffChoices;
import uk.council.complaints.staff.StaffActor;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.Messages;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * "Correct the case details" (issue 21): what the person did not say at first (a young person's route does not ask
 * the service or the outcome sought), or said otherwise, recorded by staff; the timeline keeps the old and new values.
 * The service changes no queue: a manager re-triages when it should.
 */
@Singleton
class CaseDetailsCorrections {
    private static final String SOUGHT = "outcomesSought";
    private final CaseState.Loader loader;
    private final CaseRepository cases;
    private final CaseChoiceRepository choices;
    private final CaseTimeline timeline;
    private final OutcomeCorrections outcomes;
    private final Messages msg;

    CaseDetailsCorrections(CaseState.Loader loader, CaseRepository cases, CaseChoiceRepository choices, CaseTimeline timeline,
                           OutcomeCorrections outcomes, Messages msg) {
        this.loader = loader;
        this.cases = cases;
        this.choices = choices;
        this.timeline = timeline;
        this.outcomes = outcomes;
        this.msg = msg;
    }

    /** What a correction's page starts from: what is recorded now (nothing for other actions). */
    @Transactional
    Map<String, List<String>> recorded(CaseActions action, SubmittedCase c) {
        Map<String, List<String>> values = new HashMap<>();
        if (action == CaseActions.CORRECT_OUTCOME || action == CaseActions.CORRECT_REPORT) {
            values.putAll(action == CaseActions.CORRECT_OUTCOME ? outcomes.recorded(c.id()) : outcomes.recordedReport(c.id()));
        } else if (action == CaseActions.CORRECT_DETAILS) {
            values.put("service", c.service() == null ? List.of() : List.of(c.service()));
            values.put(SOUGHT, sought(c.id()));
        }
        return values;
    }

    @Transactional
    void correct(long caseId, StaffActor by, String service, List<String> posted) {
        CaseState s = loader.lock(caseId);
        List<String> outcomesSought = posted.stream().distinct().sorted(this::inListOrder).toList();
        String oldService = s.submitted().service();
        List<String> oldSought = sought(caseId);
        List<String> changes = new ArrayList<>();
        if (!Objects.equals(oldService, service)) {
            cases.updateService(caseId, service);
            changes.add(msg.get("staff.eventDetail.details.service", words("service", List.of(oldService)),
                    words("service", List.of(service))));
        }
        if (!oldSought.equals(outcomesSought)) {
            choices.deleteAnswers(caseId, SOUGHT);
            choices.saveAll(outcomesSought.stream().map(o -> CaseChoice.of(caseId, SOUGHT, o)).toList());
            changes.add(msg.get("staff.eventDetail.details.outcomesSought", words(SOUGHT, oldSought), words(SOUGHT, outcomesSought)));
        }
        timeline.record(caseId, by.actor(), CaseEventType.DETAILS_CORRECTED,
                changes.isEmpty() ? msg.get("staff.eventDetail.corrected.nothing") : String.join(". ", changes));
    }

    private List<String> sought(long caseId) {
        return choices.findByKeyCaseId(caseId).stream().filter(ch -> ch.question().equals(SOUGHT))
                .map(CaseChoice::choice).sorted(this::inListOrder).toList();
    }

    private int inListOrder(String a, String b) {
        List<String> order = StaffChoices.OUTCOME_SOUGHT.codes();
        return Integer.compare(order.indexOf(a), order.indexOf(b));
    }

    private String words(String question, List<String> codes) {
        List<String> given = codes.stream().filter(Objects::nonNull).map(c -> StaffChoices.staffWords(msg, CaseCodes.labelKey(question, c))).toList();
        return given.isEmpty() ? msg.get("staff.eventDetail.corrected.notRecorded") : String.join(", ", given);
    }
}
