package uk.council.complaints.casework.record;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.notify.PersonNotice;
import uk.council.complaints.notify.PersonNotices;
import uk.council.complaints.staff.StaffPageException;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.CouncilProperties;
import uk.council.complaints.web.Messages;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A step's letter to the person, in the words of its email (notify.PersonNotices), with both addresses and the date. */
@Singleton
public class CaseLetters {
    private final CaseRepository cases;
    private final CaseTimeline timeline;
    private final PersonNotices notices;
    private final CouncilProperties council;
    private final Messages msg;

    CaseLetters(CaseRepository cases, CaseTimeline timeline, PersonNotices notices, CouncilProperties council, Messages msg) {
        this.cases = cases;
        this.timeline = timeline;
        this.notices = notices;
        this.council = council;
        this.msg = msg;
    }

    @Transactional
    public Map<String, Object> letter(String reference, long eventId) {
        SubmittedCase c = cases.findByReference(reference).orElseThrow(StaffPageException::notFound);
        PersonNotice notice = timeline.events(c.id()).stream().filter(e -> e.id() != null && e.id() == eventId)
                .findFirst().flatMap(notices::of).orElseThrow(StaffPageException::notFound);
        Map<String, Object> model = new HashMap<>();
        model.put("reference", c.reference());
        model.put("heading", msg.get("staff.letter.title", msg.get("staff.letter.step." + notice.step().code())));
        model.put("councilName", council.getName());
        model.put("councilAddress", lines(council.getAddress()));
        model.put("name", notice.name());
        model.put("address", notice.postalAddress() == null ? List.of() : lines(notice.postalAddress()));
        model.put("date", msg.date(notice.date(), "date"));
        model.put("subject", notice.subject());
        model.put("paragraphs", notice.paragraphs());
        model.put("emailed", notice.email() != null);
        return model;
    }

    /** An address typed on one line with commas, or on several: one line each. */
    private static List<String> lines(String address) {
        return Arrays.stream(address.split("[,\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
