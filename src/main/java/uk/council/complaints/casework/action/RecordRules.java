package uk.council.complaints.casework.action;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import uk.council.complaints.casework.core.Lists;
import uk.council.complaints.casework.record.CaseRecordRepositories;
import uk.council.complaints.casework.record.LearningAction;
import uk.council.complaints.casework.record.OmbudsmanCase;
import uk.council.complaints.casework.record.OmbudsmanRecommendation;
import uk.council.complaints.triage.Queue;

import java.util.Optional;

/**
 * When each Ombudsman and learning action applies (issue 21), declared once and asked by {@link ActionGuard} both for
 * the case page's links and, under the case's row lock, for a post: an Ombudsman case is added to a complaint; its
 * decision is recorded once, and corrected only once recorded; a recommendation is marked complied with once; a
 * learning action is marked done once. Each is about a row of this case's record: a row of another case is none.
 */
@Singleton
class RecordRules {
    private final CaseRecordRepositories.Ombudsman ombudsman;
    private final CaseRecordRepositories.Recommendations recommendations;
    private final CaseRecordRepositories.Learning learning;

    RecordRules(CaseRecordRepositories.Ombudsman ombudsman, CaseRecordRepositories.Recommendations recommendations,
                CaseRecordRepositories.Learning learning) {
        this.ombudsman = ombudsman;
        this.recommendations = recommendations;
        this.learning = learning;
    }

    /** The refusal's message key, or empty when {@code action} applies to the row {@code id} of this case. */
    Optional<String> refusal(RecordAction action, long caseId, Queue queue, long id) {
        // "" (or null): it applies.
        return Optional.ofNullable(switch (action) {
            case OMBUDSMAN_ADD -> Lists.COMPLAINT_QUEUES.contains(queue) ? null : "staff.refused.ombudsmanComplaintsOnly";
            case OMBUDSMAN_DECISION -> ombudsmanCase(caseId, id).map(o -> o.decidedOn() == null ? "" : "staff.refused.ombudsmanDecided")
                    .orElse("staff.refused.noOmbudsmanCase");
            // A decision is corrected only once there is one; as often as a mistake is found.
            case OMBUDSMAN_CORRECT -> ombudsmanCase(caseId, id).map(o -> o.decidedOn() != null ? "" : "staff.refused.correctNeedsOutcome")
                    .orElse("staff.refused.noOmbudsmanCase");
            case RECOMMENDATION -> ombudsmanCase(caseId, id).isPresent() ? null : "staff.refused.noOmbudsmanCase";
            case COMPLIED -> recommendation(caseId, id).map(r -> r.compliedOn() == null ? "" : "staff.refused.alreadyComplied")
                    .orElse("staff.refused.noRecommendation");
            case LEARNING_ADD -> null;
            case LEARNING_DONE -> learningAction(caseId, id).map(a -> a.doneOn() == null ? "" : "staff.refused.learningAlreadyDone")
                    .orElse("staff.refused.noLearningAction");
        }).filter(key -> !key.isEmpty());
    }

    /** Whether the row the action is about is on this case (an action that adds a row: always). */
    @Transactional
    boolean onCase(RecordAction action, long caseId, long id) {
        return switch (action) {
            case OMBUDSMAN_DECISION, OMBUDSMAN_CORRECT, RECOMMENDATION -> ombudsmanCase(caseId, id).isPresent();
            case COMPLIED -> recommendation(caseId, id).isPresent();
            case LEARNING_DONE -> learningAction(caseId, id).isPresent();
            case OMBUDSMAN_ADD, LEARNING_ADD -> true;
        };
    }

    private Optional<OmbudsmanCase> ombudsmanCase(long caseId, long id) {
        return ombudsman.findById(id).filter(o -> o.caseId() == caseId);
    }

    private Optional<OmbudsmanRecommendation> recommendation(long caseId, long id) {
        return recommendations.findById(id).filter(r -> ombudsmanCase(caseId, r.ombudsmanCaseId()).isPresent());
    }

    private Optional<LearningAction> learningAction(long caseId, long id) {
        return learning.findById(id).filter(a -> a.caseId() == caseId);
    }
}
