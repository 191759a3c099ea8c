package uk.council.complaints.intake;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import uk.council.complaints.cases.IssueForm;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.journey.Answers;
import uk.council.complaints.web.Messages;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Staff intake for a case brought in from an earlier register or another system (issue 25): the answers are named as
 * the staff intake form names them and pass the same checks (both pages'), but for one: a case received more than a
 * year ago is accepted (never one received in the future). Stored as staff intake stores a case, telling no one.
 */
@Singleton
public class ImportIntake {
    /** The first page's refusal that import does not apply: it takes any past date. */
    static final String TOO_OLD = "tooOld";
    private final StaffIntakePages pages;
    private final StaffIntakeService service;
    private final IssueForm issues;
    private final Messages msg;

    ImportIntake(StaffIntakePages pages, StaffIntakeService service, IssueForm issues, Messages msg) {
        this.pages = pages;
        this.service = service;
        this.issues = issues;
        this.msg = msg;
    }

    /**
     * What is wrong, by the name of the answer (the form field, {@code receivedOn} for the date's parts), worded as
     * the staff pages word it; empty when the case can be stored.
     */
    public Map<String, String> check(Map<String, List<String>> answers, LocalDate today) {
        Answers a = new Answers(answers);
        Map<String, String> problems = new LinkedHashMap<>();
        StaffIntake.checkFirstPage(a, today).forEach((field, e) -> {
            if (!e.code().equals(TOO_OLD)) {
                problems.put(field, msg.get("staff.intake.error." + field + "." + e.code()));
            }
        });
        if (!problems.isEmpty()) {
            return problems;
        }
        for (Object o : (List<?>) pages.problems(a, today)) {
            String href = o instanceof QuestionPages.ErrorLink q ? q.href() : ((StaffIntakePages.Link) o).href();
            String text = o instanceof QuestionPages.ErrorLink q ? q.text() : ((StaffIntakePages.Link) o).text();
            problems.putIfAbsent(fieldOf(href), text);
        }
        return problems;
    }

    /** The field an error summary's link points at: {@code #receivedOn-day} is {@code receivedOn}. */
    static String fieldOf(String href) {
        String id = href.startsWith("#") ? href.substring(1) : href;
        return id.replaceFirst("-(day|month|year)$", "");
    }

    /** Stores a checked case. {@code userId} is the staff member who brought it in, null for an API client. */
    public SubmittedCase store(Map<String, List<String>> answers, String actor, @Nullable Long userId, String importedFrom) {
        return service.imported(new Answers(answers), issues.read(answers), actor, userId, importedFrom);
    }
}
