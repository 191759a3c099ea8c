package uk.council.complaints.demo;

import java.util.List;
import java.util.Random;

/**
 * The demo data's proportions, from the published reports in the seed documents (DESIGN section 7):
 * seed 002 (Isle of Wight 2022/23: 53% of complaints by email, 39% online, 5% by letter; parents 63%;
 * natures quality of service 38%, conduct of worker 33%, communication 10%; findings not upheld 50%,
 * partly 34%, upheld 16%; actual outcomes apology and explanation 47%, explanation 53%; Stage 1 within
 * 10 working days 40%, 11-20 44%, over 20 7%; 448 issues across 369 complaints; 31% of Stage 2 went to
 * Stage 3; 40.7% of e-form users chose a call-back), seed 003 (Coventry 2021/22: 177 statutory, 18
 * corporate, 502 compliments) and seed 000 (Lincolnshire: 2 of 102 complaints went to Stage 2).
 */
final class DemoMix {
    private final Random random;

    DemoMix(long seed) {
        this.random = new Random(seed);
    }

    /** A code drawn with the weights given as {code, weight, code, weight, ...}. */
    String pick(Object... codesAndWeights) {
        int total = 0;
        for (int i = 1; i < codesAndWeights.length; i += 2) {
            total += (Integer) codesAndWeights[i];
        }
        int r = random.nextInt(total);
        for (int i = 0; i < codesAndWeights.length; i += 2) {
            r -= (Integer) codesAndWeights[i + 1];
            if (r < 0) {
                return (String) codesAndWeights[i];
            }
        }
        throw new IllegalStateException("weights");
    }

    boolean chance(int percent) {
        return random.nextInt(1000) < percent * 10;
    }

    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /**
     * What a representation is: its queue (kind follows), mostly compliments and Stage 1 complaints; "ENQUIRY" is an
     * enquiry, answered from the compliments queue as triage sends it.
     */
    String queue() {
        return pick("STAGE1", 31, "CORPORATE", 5, "CALLBACK", 8, "COMPLIMENTS", 42, "SIGNPOST", 8, "ENQUIRY", 6);
    }

    /** Seed 002's other representations: 11 pre-complaints, 27 ad hoc, 5 Ombudsman (LGSCO) enquiries. */
    String enquiryKind() {
        return pick("pre-complaint", 11, "ad-hoc", 27, "ombudsman", 5);
    }

    String feedbackKind() {
        return pick("COMPLIMENT", 88, "COMMENT", 8, "SUGGESTION", 4);
    }

    String via() {
        return pick("email", 530, "online-form", 390, "letter", 50, "phone", 20, "in-person", 5, "advocate", 3, "mp-councillor", 2);
    }

    String role() {
        return pick("parent", 63, "relative", 10, "young-person", 5, "foster-carer", 6, "special-guardian", 4, "advocate", 3,
                "professional", 4, "someone-else", 5);
    }

    String service(boolean corporate) {
        return corporate ? pick("sen-ehcp", 82, "school-transport", 13, "holiday-activity-fund", 5)
                : pick("children-in-care", 20, "child-protection", 18, "assessment", 15, "family-support", 10, "early-help", 8,
                        "fostering", 7, "disabled-children", 6, "care-leavers", 5, "front-door", 4, "adoption", 3,
                        "independent-reviewing", 2, "not-sure", 2);
    }

    /** 448 issues across 369 complaints: mostly one, sometimes two or three. */
    int issues() {
        return Integer.parseInt(pick("1", 82, "2", 15, "3", 3));
    }

    /**
     * A corporate complaint's nature ({@code portal.corporate.natures}): the seed reports give no split of these, so
     * the weights are the team's guess, led by decisions on eligibility and funding for SEN and transport.
     */
    String nature(boolean corporate) {
        return corporate ? pick("quality-of-service", 22, "delay", 20, "eligibility-decision", 16, "funding-decision", 10,
                "failure-to-provide", 10, "poor-communication", 10, "policy", 6, "charges", 3, "conduct-of-worker", 2, "other", 1)
                : nature();
    }

    private String nature() {
        return pick("quality-of-service", 38, "conduct-of-worker", 33, "poor-communication", 10, "delay", 5, "assessment-outcome", 4,
                "assessment-process", 3, "placement", 2, "contact-arrangements", 2, "finance", 1, "safeguarding", 1, "other", 1);
    }

    String outcomeSought() {
        return pick("investigation", 26, "other", 23, "apology", 14, "explanation", 10, "better-communication", 8,
                "change-of-worker", 6, "meeting", 5, "more-support", 4, "assessment", 2, "reimbursement", 1, "policy-review", 1);
    }

    String finding() {
        return pick("not-upheld", 50, "partially-upheld", 34, "upheld", 16);
    }

    /** Working days to the Stage 1 response: 40% within 10, 44% in 11 to 20, 7% over 20 (the rest still open). */
    int stage1Days() {
        String band = pick("in10", 40, "in20", 44, "over", 7, "open", 9);
        return switch (band) {
            case "in10" -> between(3, 10);
            case "in20" -> between(11, 20);
            case "over" -> between(21, 35);
            default -> -1;
        };
    }

    /** Stage 2: 46% of the seed council's went over 65 working days; a newer team does better. */
    int stage2Days() {
        return Integer.parseInt(pick("20", 30, "45", 40, "75", 30)) + between(-5, 5);
    }

    String giver() {
        return pick("family", 60, "professional", 20, "young-person", 8, "carer", 10, "other", 2);
    }

    /** A compliment's team: one of the configured teams ({@code portal.routing.teams}), as the form offers them. */
    String team() {
        return pick("Children in Care and Care Leavers", 50, "Assessment and Child Protection", 40, "Early Help and Family Support", 10);
    }

    String equality(List<String> options) {
        return options.get(random.nextInt(options.size()));
    }
}
