package uk.council.complaints.api;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseChild;
import uk.council.complaints.cases.CaseChildRepository;
import uk.council.complaints.cases.CaseChoice;
import uk.council.complaints.cases.CaseChoiceRepository;
import uk.council.complaints.cases.CaseIssue;
import uk.council.complaints.cases.CaseIssueRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.evidence.EvidenceFiles;
import uk.council.complaints.triage.store.StoredTriage;
import uk.council.complaints.triage.store.TriageService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One case as the API answers it: its answers (the stored codes, as in the CSV export), children, triage and its
 * reasons, this stage's handling, issues and findings, decisions, deadlines, the linked cases of its other stages with
 * theirs, and its evidence files' metadata. Read through the features' own repositories and services, and
 * {@link RecordRows} for casework's tables; nothing here writes.
 */
@Singleton
class CaseDocument {
    private final CaseChoiceRepository choices;
    private final CaseChildRepository children;
    private final CaseIssueRepository issues;
    private final TriageService triage;
    private final EvidenceFiles evidence;
    private final RecordRows rows;

    CaseDocument(CaseChoiceRepository choices, CaseChildRepository children, CaseIssueRepository issues,
                 TriageService triage, EvidenceFiles evidence, RecordRows rows) {
        this.choices = choices;
        this.children = children;
        this.issues = issues;
        this.triage = triage;
        this.evidence = evidence;
        this.rows = rows;
    }

    Map<String, Object> of(SubmittedCase c) {
        long id = c.id();
        Map<String, Object> doc = new LinkedHashMap<>(CaseAnswers.summary(c));
        List<CaseChild> kids = children.findByCaseIdOrderByPosition(id);
        Map<String, Object> answers = new LinkedHashMap<>(CaseAnswers.answers(c, choices(id)));
        if (!kids.isEmpty()) {
            // v1 as published: the first child's details among the answers too, as before they were kept only in case_child
            CaseChild first = kids.get(0);
            answers.put("childName", first.name());
            putIf(answers, "childDob", first.dob() == null ? null : first.dob().toString());
            putIf(answers, "childAge", first.age());
            putIf(answers, "childAddress", first.address());
        }
        doc.put("answers", answers);
        doc.put("children", kids.stream().map(CaseDocument::child).toList());
        triage.find(id).ifPresent(t -> doc.put("triage", triage(t)));
        doc.put("handling", rows.one("select acknowledged_at, extended_at, responded_on, finding, closed_at,"
                + " refusal_reason, withdrawn_on from case_handling where case_id = ?", id));
        doc.put("outcomes", rows.all("select kind, code from case_resolution where case_id = ? order by kind, code", id));
        doc.put("issues", issues(id));
        doc.put("decisions", rows.all("select kind, decision, reason, decided_at from case_decision where case_id = ?"
                + " order by id", id));
        doc.put("deadlines", deadlines(id));
        doc.put("linkedCases", linked(id));
        doc.put("evidence", evidence.forCase(id).stream().map(e -> Map.of("id", e.id(), "fileName", e.fileName(),
                "contentType", e.contentType(), "sizeBytes", e.sizeBytes(),
                "href", "/api/v1/cases/" + c.reference() + "/evidence/" + e.id())).toList());
        return doc;
    }

    private Map<String, List<String>> choices(long id) {
        Map<String, List<String>> byQuestion = new TreeMap<>();
        for (CaseChoice choice : choices.findByKeyCaseId(id)) {
            byQuestion.computeIfAbsent(choice.question(), q -> new ArrayList<>()).add(choice.choice());
        }
        return byQuestion;
    }

    private List<Map<String, Object>> issues(long caseId) {
        return issues.findByCaseIdOrderByPosition(caseId).stream().map(CaseDocument::issue).toList();
    }

    private static Map<String, Object> issue(CaseIssue i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", i.position());
        m.put("nature", i.nature());
        putIf(m, "summary", i.summary());
        putIf(m, "finding", i.finding());
        return m;
    }

    private static Map<String, Object> child(CaseChild k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("position", k.position());
        m.put("name", k.name());
        putIf(m, "dateOfBirth", k.dob() == null ? null : k.dob().toString());
        putIf(m, "age", k.age());
        putIf(m, "address", k.address());
        return m;
    }

    private static Map<String, Object> triage(StoredTriage t) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("queue", t.queue().name());
        m.put("priority", t.priority().name());
        m.put("flags", t.flags().stream().map(Enum::name).toList());
        m.put("team", t.team());
        m.put("frontDoorAlert", t.frontDoorAlert());
        m.put("triagedAt", t.triagedAt().toString());
        m.put("reasons", t.reasons().stream().map(r -> Map.of("rule", r.rule(), "text", r.text())).toList());
        return m;
    }

    private Map<String, Object> deadlines(long id) {
        Map<String, Object> m = new LinkedHashMap<>(rows.one("select t.acknowledge_by, t.response_due,"
                + " si.adjudication_on, rp.meeting_due, rp.meeting_on, rp.report_due, rp.report_on,"
                + " rp.council_response_due, rp.council_response_on from case_triage t"
                + " left join stage_investigation si on si.case_id = t.case_id"
                + " left join review_panel rp on rp.case_id = t.case_id where t.case_id = ?", id));
        m.put("pauses", rows.all("select * from case_pause where case_id = ? order by paused_on", id).stream()
                .map(p -> { p.remove("caseId"); p.remove("id"); return p; }).toList());
        return m;
    }

    /** The case's other stages (either side of the link), each with its own finding and issues. */
    private List<Map<String, Object>> linked(long id) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Map<String, Object> l : rows.all("select distinct c.id, c.reference, c.kind from complaint_case c"
                + " where c.id in (select linked_case_id from case_handling where case_id = ?)"
                + " or c.id in (select case_id from case_handling where linked_case_id = ?) order by c.id", id, id)) {
            long otherId = ((Number) l.get("id")).longValue();
            String kind = (String) l.get("kind");
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("reference", l.get("reference"));
            m.put("kind", kind);
            m.put("stage", CaseChanges.stage(kind));
            m.put("relation", otherId < id ? "earlier" : "later");
            putIf(m, "finding", rows.one("select finding from case_handling where case_id = ?", otherId).get("finding"));
            m.put("issues", issues(otherId));
            m.put("href", "/api/v1/cases/" + l.get("reference"));
            out.add(m);
        }
        return out;
    }

    static void putIf(Map<String, Object> m, String key, Object value) {
        if (value != null) {
            m.put(key, value);
        }
    }
}
