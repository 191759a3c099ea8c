package uk.council.complaints.demo;

import uk.council.complaints.journey.Options;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * What the register import does not take (issue 22), keyed by the imported cases' ids: the leaflet, advocacy referrals,
 * a pause for court proceedings, the Ombudsman, learning actions and equality answers (kept apart from cases).
 */
final class DemoExtras {
    private DemoExtras() {
    }

    static void write(DemoWriter w, List<DemoCase> cases, Map<Integer, Long> ids) {
        for (String event : List.of("OFFERED", "EMAILED")) {
            w.batch("insert into leaflet_event (case_id, event, occurred_at) values (?, ?, ?)", cases, (st, c, id) -> {
                DemoWriter.set(st, id.get(c.index), event, at(c.received));
                return c.flags.contains("YOUNG_PERSON") && (event.equals("OFFERED") || c.index % 10 < 7);
            }, ids);
        }
        w.batch("insert into advocacy_referral (case_id, requested_at, notified) values (?, ?, true)", cases, (st, c, id) -> {
            DemoWriter.set(st, id.get(c.index), at(c.received));
            return c.referred;
        }, ids);
        w.batch("insert into case_decision (case_id, kind, decision, reason, decided_at, decided_by) values (?, ?, ?,"
                + " 'Demo decision (fictional)', ?, 'Demo manager')", cases, (st, c, id) -> {
                    DemoWriter.set(st, id.get(c.index), "proceedings", "paused", at(c.received.plusDays(2)));
                    return c.paused;
                }, ids);
        w.batch("insert into case_pause (case_id, paused_on, resumed_on, reason) values (?, ?, ?, 'Court proceedings (demo)')",
                cases, (st, c, id) -> {
                    DemoWriter.set(st, id.get(c.index), c.received.plusDays(3), c.received.plusDays(40));
                    return c.paused;
                }, ids);
        w.batch("insert into ombudsman_case (case_id, lgsco_reference, received_on, decided_on, decision, fault, remedy, payment_pence,"
                + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)", cases, (st, c, id) -> {
                    LocalDate on = c.ombudsmanReceived;
                    if (on == null) {
                        return false;
                    }
                    DemoWriter.set(st, id.get(c.index), "DEMO " + c.index, on, c.ombudsmanDecided, c.ombudsman, c.fault,
                            c.fault == null || c.fault.equals("no-fault") ? null : "Apology and payment (demo)",
                            c.paymentPence == 0 ? null : c.paymentPence, at(on));
                    return true;
                }, ids);
        w.batch("insert into learning_action (case_id, action, owner_team, due_on, done_on, created_at) values (?,"
                + " 'Share the learning (demo)', ?, ?, ?, ?)", cases, (st, c, id) -> {
                    DemoWriter.set(st, id.get(c.index), c.team == null ? "Demo team" : c.team, c.learningDue, c.learningDoneOn,
                            at(c.received));
                    return c.learningDone != null;
                }, ids);
        int[] answered = {0};
        w.batch("insert into equality_monitoring (submitted_month, submission_kind, age_band, gender, disability, ethnicity,"
                + " sexual_orientation) values (?, ?, ?, ?, ?, ?, ?)", cases, (st, c, id) -> {
                    if (!c.isComplaint() || c.index % 5 >= 2) {
                        return false;
                    }
                    DemoWriter.set(st, c.received.withDayOfMonth(1), c.kind, pick(Options.AGE_BANDS, c.index),
                            weighted(Options.GENDERS, answered[0]++, 58, 34, 2, 1, 5), pick(Options.DISABILITY, c.index / 7),
                            pick(Options.ETHNICITIES, c.index / 11), pick(Options.ORIENTATIONS, c.index / 13));
                    return true;
                }, ids);
    }

    /**
     * The n-th answer's option by weight (seed proportions: most complainants who answer are women), spread evenly: the
     * weights sum to 100 and 61 is prime to it, so every 100 answers in a row hold each option exactly its weight.
     */
    private static String weighted(List<String> options, int n, int... weights) {
        int total = java.util.Arrays.stream(weights).sum();
        int at = Math.floorMod(n * 61, total);
        for (int k = 0; k < weights.length; k++) {
            at -= weights[k];
            if (at < 0) {
                return options.get(k);
            }
        }
        return options.get(options.size() - 1);
    }

    private static String pick(List<String> options, int n) {
        return options.get(Math.floorMod(n * 31 + 7, options.size()));
    }

    private static Timestamp at(LocalDate day) {
        return Timestamp.from(day.atTime(9, 0).toInstant(ZoneOffset.UTC));
    }
}
