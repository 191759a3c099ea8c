package uk.council.complaints.intake;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseReferences;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.triage.CaseSubmittedListener;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.AdvocacyLeaflet;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Journey;
import uk.council.complaints.triage.TriageResult;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.PublicFormException;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Turns a complete draft into a case, once. The draft row is locked for the whole transaction,
 * so a double submit (or two instances) makes one case and both see its reference.
 */
@Singleton
class SubmissionService {
    private final Journey journey;
    private final DraftRepository draftRepository;
    private final DraftStore drafts;
    private final CaseRepository cases;
    private final CaseChoiceRepository choices;
    private final CaseChildRepository children;
    private final EqualityRepository equality;
    private final CaseReferences references;
    private final TriageService triage;
    private final List<CaseSubmittedListener> listeners;
    private final Clock clock;

    SubmissionService(DraftRepository draftRepository, DraftStore drafts, CaseRepository cases,
                      CaseChoiceRepository choices, EqualityRepository equality, CaseReferences references,
                      TriageService triage, List<CaseSubmittedListener> listeners, Clock clock, Journey journey,
                      CaseChildRepository children) {
        this.children = children;
        this.journey = journey;
        this.draftRepository = draftRepository;
        this.drafts = drafts;
        this.cases = cases;
        this.choices = choices;
        this.equality = equality;
        this.references = references;
        this.triage = triage;
        this.listeners = listeners;
        this.clock = clock;
    }

    /** The case reference, or empty when the answers are not complete yet. */
    @Transactional
    Optional<String> submit(String draftId) {
        Instant now = clock.instant();
        Draft draft = draftRepository.findByIdForUpdate(draftId).orElseThrow(PublicFormException::expired);
        if (draft.isSubmitted()) {
            return Optional.of(draft.caseReference());
        }
        if (draft.isExpired(now)) {
            throw PublicFormException.expired();
        }
        Answers all = drafts.answers(draft);
        if (!journey.isComplete(all, ClockFactory.today(clock))) {
            return Optional.empty();
        }
        Answers answers = all.retain(journey.path(all));
        SubmittedCase saved = cases.save(CaseMapper.toCase(answers, references.next(), draftId, now));
        List<CaseChoice> rows = CaseMapper.choices(saved.id(), answers);
        choices.saveAll(rows);
        List<CaseChild> savedChildren = CaseMapper.children(saved.id(), answers);
        children.saveAll(savedChildren);
        EqualityAnswers monitoring = CaseMapper.equality(answers, saved.kind(), now);
        if (!monitoring.isEmpty()) {
            equality.save(monitoring);
        }
        TriageResult result = triage.triageNewCase(saved, savedChildren, rows, AdvocacyLeaflet.advocacyRequested(answers));
        for (CaseSubmittedListener listener : listeners) {
            listener.onSubmitted(saved, rows, answers, result);
        }
        // The answers now live in the case; the draft keeps only the reference for the confirmation page.
        draftRepository.update(new Draft(draft.id(), "{}", draft.createdAt(), now, draft.expiresAt(), saved.reference()));
        return Optional.of(saved.reference());
    }
}
