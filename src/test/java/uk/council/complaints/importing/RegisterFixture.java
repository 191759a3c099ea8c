package uk.council.complaints.importing;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A register of a financial year written here for the tests, as a team would fill in the template: complaints
 * (closed at Stage 1, some taken to Stage 2), call-backs, compliments and enquiries, every one closed. The figures a
 * report of that year must show are counted here from the rows, not by the portal.
 */
final class RegisterFixture {
    static final String[] KINDS = {"complaint", "callback", "compliment", "enquiry"};
    final List<Map<String, String>> rows = new ArrayList<>();
    private final Random random;
    private final LocalDate yearStart;

    RegisterFixture(long seed, int fiscalYear, int size, String prefix) {
        this.random = new Random(seed);
        this.yearStart = LocalDate.of(fiscalYear, 4, 1);
        for (int i = 0; i < size; i++) {
            rows.add(row(prefix + "-" + (i + 1), KINDS[i % 4], i % 8 == 0));
        }
    }

    /** A good row: received in the year (before February, so every step fits in it), closed. */
    Map<String, String> row(String source, String kind, boolean toStage2) {
        LocalDate received = yearStart.plusDays(random.nextInt(300));
        Map<String, String> r = new LinkedHashMap<>();
        r.put("sourceReference", source);
        r.put("kind", kind);
        r.put("receivedVia", List.of("email", "letter", "phone").get(random.nextInt(3)));
        r.put("receivedOn", received.toString());
        r.put("fullName", "Person " + source);
        r.put("email", source.toLowerCase(java.util.Locale.ROOT) + "@example.org");
        r.put("preferredContact", "email");
        r.put("closed", "yes");
        switch (kind) {
            case "complaint" -> {
                child(r);
                r.put("whatHappened", "No visit for six weeks.");
                r.put("whenHappened", received.minusDays(30).toString());
                r.put("outcomesSought", "apology;meeting");
                r.put("courtProceedings", "no");
                r.put("raisedBefore", "yes");
                r.put("issue-1-nature", "delay");
                r.put("issue-2-nature", "poor-communication");
                r.put("stage1RespondedOn", received.plusDays(7).toString());
                r.put("stage1Methods", "written");
                r.put("stage1Finding", List.of("upheld", "partially-upheld", "not-upheld").get(random.nextInt(3)));
                r.put("stage1Outcomes", "explanation");
                r.put("stage1IssueFindings", "upheld;not-upheld");
                if (toStage2) {
                    r.put("stage2RequestedOn", received.plusDays(10).toString());
                    r.put("stage2RequestVia", "email");
                    r.put("stage2Reason", "not-listened");
                    r.put("stage2WantNow", "An independent investigation.");
                    r.put("stage2InvestigatingOfficer", "Jo Officer");
                    r.put("stage2IndependentPerson", "Pat Independent");
                    r.put("stage2RespondedOn", received.plusDays(40).toString());
                    r.put("stage2Finding", "not-upheld");
                    r.put("stage2Outcomes", "explanation");
                    r.put("stage2IssueFindings", "not-upheld;not-upheld");
                }
            }
            case "callback" -> {
                child(r);
                r.put("phone", "07700 900123");
                r.put("callbackDays", "monday;friday");
                r.put("callbackTime", "morning");
                r.put("callbackTopic", "Contact arrangements.");
                r.put("callOutcome", "Talked it through.");
            }
            case "compliment" -> {
                r.put("feedbackMessage", "The team were wonderful.");
                r.put("feedbackTeam", "Children in Care and Care Leavers");
                r.put("feedbackGiver", "carer");
            }
            default -> r.put("feedbackMessage", "How do I ask for a copy of my file?");
        }
        return r;
    }

    private static void child(Map<String, String> r) {
        r.put("role", "parent");
        r.put("riskNow", "no");
        r.put("childName", "Sam Child");
        r.put("childAge", "9");
        r.put("parentalResponsibility", "yes");
        r.put("service", "children-in-care");
    }

    long count(String kind) {
        return rows.stream().filter(r -> r.get("kind").equals(kind)).count();
    }

    long toStage2() {
        return rows.stream().filter(r -> r.containsKey("stage2RequestedOn")).count();
    }

    /** The register as the template's CSV. */
    byte[] csv() {
        List<String> columns = RegisterColumns.all();
        StringBuilder csv = new StringBuilder(String.join(",", columns)).append("\r\n");
        for (Map<String, String> r : rows) {
            csv.append(String.join(",", columns.stream().map(c -> ImportController.quote(r.getOrDefault(c, ""))).toList()))
                    .append("\r\n");
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }
}
