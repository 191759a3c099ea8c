package uk.council.complaints.intake;

import uk.council.complaints.journey.Answers;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One complete set of answers for each route through the form, every optional question answered too. */
final class JourneyScenarios {
    private JourneyScenarios() {
    }

    static List<Answers> all() {
        return List.of(
                complaint("parent").with("parentalResponsibility", "yes").build(),
                complaint("advocate").with("advocateOrganisation", "Example Advocacy")
                        .with("childAgrees", "yes").with("childWords", "I want to see my brother").build(),
                base("callback").with("role", "relative").with("riskNow", "no").child()
                        .with("service", "fostering").with("workerName", "Sam Worker")
                        .with("callbackDays", "monday", "friday").with("callbackTime", "morning")
                        .with("callbackTopic", "Contact arrangements").contact().build(),
                base("compliment").with("feedbackType", "thanks").with("feedbackMessage", "Thank you")
                        .with("feedbackAbout", "The fostering team").contact().build(),
                base("stage2").with("earlierReference", "KD7M-3PQX").with("role", "parent").child()
                        .with("parentalResponsibility", "yes")
                        .with("responseMethods", "email-or-letter", "other").with("responseOther", "A visit")
                        .with("escalationReason", "other").with("escalationReasonOther", "Nobody listened")
                        .with("wantNow", "An apology").contact().build(),
                youngPerson().with("ypContactRoute", "me").with("ypPhone", "07700 900123")
                        .with("ypEmail", "jo@example.org").build(),
                youngPerson().with("ypContactRoute", "social-worker").with("helperName", "Pat Worker")
                        .with("helperContact", "pat@council.example").build(),
                base("callback").with("role", "young-person").with("ypRiskNow", "no").with("ypName", "Jo Example")
                        .with("ypCallbackPhone", "07700 900123").with("ypCallbackDays", "monday", "friday")
                        .with("ypCallbackTime", "morning").with("ypCallbackTopic", "My placement")
                        .with("wantsAdvocate", "yes").build());
    }

    private static Builder complaint(String role) {
        return base("complaint").with("role", role).with("riskNow", "no").child().with("wantsCallback", "no")
                .with("service", "children-in-care").with("workerName", "Sam Worker")
                .with("whatHappened", "The visits stopped").date("whenHappened", "2", "3", "2026")
                .with("stillHappening", "yes").with("outcomesSought", "apology", "other")
                .with("putRightDetails", "Start the visits again").with("courtProceedings", "no")
                .with("raisedBefore", "yes").with("childAdvocate", "yes").contact();
    }

    private static Builder youngPerson() {
        return base("complaint").with("role", "young-person").with("ypRiskNow", "no").with("ypName", "Jo Example")
                .with("ypWhatIsWrong", "Nobody visits").with("ypWantToChange", "Visits").with("wantsAdvocate", "yes");
    }

    private static Builder base(String purpose) {
        return new Builder().with("purpose", purpose);
    }

    private static final class Builder {
        private final Map<String, List<String>> m = new LinkedHashMap<>();

        Builder with(String field, String... values) {
            m.put(field, List.of(values));
            return this;
        }

        Builder date(String field, String day, String month, String year) {
            return with(field + "-day", day).with(field + "-month", month).with(field + "-year", year);
        }

        Builder child() {
            return with("childName", "Sam Example").date("childDob", "2", "4", "2015").with("childAge", "11")
                    .with("childAddress", "1 Example Road").with("addAnotherChild", "no");
        }

        Builder contact() {
            return with("fullName", "Alex Example").with("email", "alex@example.org").with("phone", "07700 900456")
                    .with("address", "2 Example Road").with("contactSafety", "voicemail-only").with("preferredContact", "email")
                    .with("accessNeeds", "interpreter", "other").with("interpreterLanguage", "Polish")
                    .with("otherNeeds", "Step-free access")
                    .with("ageBand", "35-44").with("gender", "woman").with("disability", "no")
                    .with("ethnicity", "white").with("sexualOrientation", "straight");
        }

        Answers build() {
            return new Answers(m);
        }
    }
}
