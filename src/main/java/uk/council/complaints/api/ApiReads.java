package uk.council.complaints.api;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.cases.CaseRepository;
import uk.council.complaints.cases.SubmittedCase;
import uk.council.complaints.timeline.CaseEventType;
import uk.council.complaints.timeline.CaseTimeline;
import uk.council.complaints.web.Messages;

import java.util.Map;
import java.util.Optional;

/**
 * What a client reads of one case, each read recorded on the case's timeline as a read by that client, in the same
 * transaction (as a staff member's view is): the case, its events, an evidence file.
 */
@Singleton
class ApiReads {
    /** An evidence file's name, type and bytes. */
    record File(String name, String contentType, byte[] content) {
    }

    private final CaseRepository cases;
    private final CaseDocument document;
    private final EventFeed events;
    private final CaseTimeline timeline;
    private final JdbcOperations jdbc;
    private final Messages msg;

    ApiReads(CaseRepository cases, CaseDocument document, EventFeed events, CaseTimeline timeline, JdbcOperations jdbc,
             Messages msg) {
        this.cases = cases;
        this.document = document;
        this.events = events;
        this.timeline = timeline;
        this.jdbc = jdbc;
        this.msg = msg;
    }

    @Transactional
    Optional<Map<String, Object>> caseFor(String reference, ApiCaller caller) {
        return cases.findByReference(reference).map(c -> {
            Map<String, Object> doc = document.of(c);
            timeline.record(c.id(), actor(caller), CaseEventType.API_READ, null);
            return doc;
        });
    }

    @Transactional
    Optional<java.util.List<EventFeed.Event>> eventsFor(String reference, ApiCaller caller) {
        return cases.findByReference(reference).map(c -> {
            var list = events.forCase(c.id(), c.reference());
            timeline.record(c.id(), actor(caller), CaseEventType.API_READ, msg.get("api.read.events"));
            return list;
        });
    }

    @Transactional
    Optional<File> evidence(String reference, long fileId, ApiCaller caller) {
        Optional<SubmittedCase> found = cases.findByReference(reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        long caseId = found.get().id();
        Optional<File> file = jdbc.prepareStatement("select file_name, content_type, content from evidence_file"
                + " where id = ? and case_id = ?", st -> {
            st.setLong(1, fileId);
            st.setLong(2, caseId);
            try (var rs = st.executeQuery()) {
                return rs.next() ? Optional.of(new File(rs.getString(1), rs.getString(2), rs.getBytes(3))) : Optional.empty();
            }
        });
        file.ifPresent(f -> timeline.record(caseId, actor(caller), CaseEventType.EVIDENCE_DOWNLOADED, f.name()));
        return file;
    }

    private String actor(ApiCaller caller) {
        return msg.get("api.actor", caller.name(), Long.toString(caller.clientId()));
    }
}
