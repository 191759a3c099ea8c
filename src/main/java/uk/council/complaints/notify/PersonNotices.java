package uk.council.complaints.notify;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.deadline.RequestWindow;
import uk.council.complaints.timeline.CaseEvent;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;
import uk.council.complaints.web.ClockFactory;
import uk.council.complaints.web.CouncilProperties;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The words the person gets at each step of a complaint ({@code i18n/notify.properties}): the reference,
 * what happened, what they can do next and by when. The email and the printed letter are both made here.
 */
@Singleton
public class PersonNotices {
    private final CaseRepository cases;
    private final TriageService triage;
    private final CaseTimeline timeline;
    private final RequestWindow window;
    private final OutcomeDates outcomes;
    private final CouncilProperties council;
    private final Messages msg;

    PersonNotices(CaseRepository cases, TriageService triage, CaseTimeline timeline, RequestWindow window,
                  OutcomeDates outcomes, CouncilProperties council, Messages msg) {
        this.cases = cases;
        this.triage = triage;
        this.timeline = timeline;
        this.window = window;
        this.outcomes = outcomes;
        this.council = council;
        this.msg = msg;
    }

    /** The notice of an event already on the timeline (the letter staff print): empty when it is not a step. */
    @Transactional
    public Optional<PersonNotice> of(CaseEvent event) {
        return CaseEventType.ofCode(event.eventType()).flatMap(type -> about(event.caseId(), type,
                event.occurredAt().atZone(ClockFactory.COUNCIL_ZONE).toLocalDate(), event.id(), event.detail()));
    }

    /**
     * The notice of a step on a complaint, as of {@code on}; empty for events the person is not told about and for
     * cases that are not complaints. A closure repeats the next step of the latest outcome before it.
     */
    @Transactional
    public Optional<PersonNotice> about(long caseId, CaseEventType type, LocalDate on, long upToEventId,
                                        @Nullable String detail) {
        Optional<PersonStep> step = PersonStep.of(type);
        Optional<StoredTriage> t = triage.find(caseId);
        if (step.isEmpty() || t.isEmpty() || NextStep.after(t.get().queue().name()).isEmpty()) {
            return Optional.empty();
        }
        SubmittedCase c = cases.findById(caseId).orElseThrow();
        String queue = t.get().queue().name();
        String stage = msg.find("notify.person.stage." + queue).orElse(msg.get("notify.person.stage.other"));
        List<String> paragraphs = new ArrayList<>();
        paragraphs.add(c.who().submitterName().isBlank() ? msg.get("notify.person.greeting.none")
                : msg.get("notify.person.greeting", c.who().submitterName()));
        paragraphs.add(switch (step.get()) {
            case EXTENSION, ACKNOWLEDGEMENT -> msg.get("notify.person." + step.get().code() + ".happened", c.reference(),
                    date(t.get().responseDue()));
            case REFUSAL -> msg.get("notify.person.refusal.happened", c.reference(), detail == null ? "" : detail);
            default -> msg.get("notify.person." + step.get().code() + ".happened", c.reference(), stage);
        });
        if (step.get().isOutcome()) {
            paragraphs.addAll(outcomes.findings(caseId));
        }
        // The window counts from the outcome's own date (typed in later, it is not the day it was recorded).
        Optional<LocalDate> outcome = (step.get().isOutcome() ? Optional.of(on) : lastOutcome(caseId, upToEventId))
                .map(recorded -> outcomes.outcomeOn(caseId).orElse(recorded));
        if (step.get() == PersonStep.REFUSAL) {
            paragraphs.add(msg.get("notify.person.next.OMBUDSMAN"));
        } else if (step.get() != PersonStep.ACKNOWLEDGEMENT) {
            outcome.ifPresent(when -> paragraphs.add(next(step.get(), queue, when)));
        }
        paragraphs.add(msg.get("notify.person.contact", council.getPhone(), council.getEmail(), c.reference()));
        paragraphs.add(msg.get("notify.person.signoff", council.getServiceName(), council.getName()));
        return Optional.of(new PersonNotice(step.get(), caseId, c.reference(), on, c.who().submitterName(), c.who().email(),
                c.who().address(), msg.get("notify.person." + step.get().code() + ".subject", c.reference()), paragraphs));
    }

    private String next(PersonStep step, String queue, LocalDate outcome) {
        NextStep next = step == PersonStep.STAGE3_OUTCOME ? NextStep.OMBUDSMAN : NextStep.after(queue).orElseThrow();
        if (next.window() == null) {
            return msg.get("notify.person.next." + next.name());
        }
        return msg.get("notify.person.next." + next.name(), date(window.endsAfter(outcome)));
    }

    /** The day of the latest response or outcome recorded on the case up to this event. */
    private Optional<LocalDate> lastOutcome(long caseId, long upToEventId) {
        return timeline.events(caseId).stream()
                .filter(e -> e.id() != null && e.id() <= upToEventId)
                .filter(e -> CaseEventType.ofCode(e.eventType()).flatMap(PersonStep::of).map(PersonStep::isOutcome).orElse(false))
                .reduce((first, second) -> second)
                .map(e -> e.occurredAt().atZone(ClockFactory.COUNCIL_ZONE).toLocalDate());
    }

    private String date(LocalDate date) {
        return date == null ? "" : msg.date(date, "date");
    }
}
