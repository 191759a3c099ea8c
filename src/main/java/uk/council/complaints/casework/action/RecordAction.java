package uk.council.complaints.casework.action;

/**
 * The record kept about a complaint beyond its stages (issue 10): Ombudsman cases and their recommendations,
 * learning actions. Each is a page of questions at {@code /staff/cases/<reference>/<path>}, {id} the row it is about;
 * its words are {@code staff.record.<code>.*}.
 */
public enum RecordAction {
    OMBUDSMAN_ADD("ombudsman-add", "ombudsman/add"),
    OMBUDSMAN_DECISION("ombudsman-decision", "ombudsman/{id}/decision"),
    // Issue 21: a decision recorded by mistake is put right, with a reason (OmbudsmanCorrection)
    OMBUDSMAN_CORRECT("ombudsman-correct", "ombudsman/{id}/correct"),
    RECOMMENDATION("recommendation", "ombudsman/{id}/recommendation"),
    COMPLIED("complied", "ombudsman/recommendations/{id}/complied"),
    LEARNING_ADD("learning-add", "learning/add"),
    LEARNING_DONE("learning-done", "learning/{id}/done");

    private final String code;
    private final String path;

    RecordAction(String code, String path) {
        this.code = code;
        this.path = path;
    }

    String code() {
        return code;
    }

    /** The path below the case, for the row {@code id} (ignored by the actions that add a row). */
    public String path(long id) {
        return path.replace("{id}", String.valueOf(id));
    }
}
