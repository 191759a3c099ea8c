package uk.council.complaints.casework.stage;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

import java.time.Instant;
import java.time.LocalDate;

/** The rows of the statutory lifecycle after Stage 1 (migration V7, and case_issue of V6). */
public final class StageRecords {
    private StageRecords() {
    }

    /** Who investigates a Stage 2 case, the independent person, and (corporate) who handled Stage 1. */
    @MappedEntity("stage_investigation")
    public record Investigation(@Id long caseId, @Nullable String investigatingOfficer, @Nullable String independentPerson,
                         @Nullable String stage1Handler, @Nullable LocalDate adjudicationOn,
                         @Nullable String adjudicatedBy) {
        static Investigation none(long caseId) {
            return new Investigation(caseId, null, null, null, null, null);
        }

        Investigation named(String officer, String independent) {
            return new Investigation(caseId, officer, independent, stage1Handler, adjudicationOn, adjudicatedBy);
        }

        public Investigation adjudicated(LocalDate on, String by) {
            return new Investigation(caseId, investigatingOfficer, independentPerson, stage1Handler, on, by);
        }
    }

    /** A Stage 3 review panel: its members and each step's due and done dates. */
    @MappedEntity("review_panel")
    public record Panel(@Id long caseId, @Nullable String chair, @Nullable String memberTwo, @Nullable String memberThree,
                 @Nullable LocalDate meetingDue, @Nullable LocalDate meetingOn, @Nullable LocalDate reportDue,
                 @Nullable LocalDate reportOn, @Nullable LocalDate councilResponseDue,
                 @Nullable LocalDate councilResponseOn) {
        Panel members(String newChair, String two, String three) {
            return new Panel(caseId, newChair, two, three, meetingDue, meetingOn, reportDue, reportOn, councilResponseDue,
                    councilResponseOn);
        }

        Panel met(LocalDate on, LocalDate nextDue) {
            return new Panel(caseId, chair, memberTwo, memberThree, meetingDue, on, nextDue, reportOn, councilResponseDue,
                    councilResponseOn);
        }

        Panel reported(LocalDate on, LocalDate nextDue) {
            return new Panel(caseId, chair, memberTwo, memberThree, meetingDue, meetingOn, reportDue, on, nextDue,
                    councilResponseOn);
        }

        public Panel responded(LocalDate on) {
            return new Panel(caseId, chair, memberTwo, memberThree, meetingDue, meetingOn, reportDue, reportOn,
                    councilResponseDue, on);
        }

        Panel dueDates(LocalDate meeting, LocalDate report, LocalDate response) {
            return new Panel(caseId, chair, memberTwo, memberThree, meeting, meetingOn, report, reportOn, response,
                    councilResponseOn);
        }
    }

    /** A decision with its reason: out-of-time, proceedings or late-request. */
    @MappedEntity("case_decision")
    public record Decision(@Id @GeneratedValue @Nullable Long id, long caseId, String kind, String decision, String reason,
                    Instant decidedAt, String decidedBy) {
    }

    /** A case paused for proceedings; open while resumedOn is null. */
    @MappedEntity("case_pause")
    public record Pause(@Id @GeneratedValue @Nullable Long id, long caseId, LocalDate pausedOn, @Nullable LocalDate resumedOn,
                 String reason) {
    }

    /** How the request for this stage came (issue 21), on the case made for the stage. */
    @MappedEntity("stage_request")
    public record Request(@Id long caseId, String via) {
    }

    /** One issue of a complaint, with this stage's finding. */
    @MappedEntity("case_issue")
    public record Issue(@Id @GeneratedValue @Nullable Long id, long caseId, int position, String nature,
                 @Nullable String summary, @Nullable String finding) {
    }
}
