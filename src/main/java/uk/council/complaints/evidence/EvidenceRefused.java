package uk.council.complaints.evidence;

import java.util.List;

/** Why a file was not kept: shown on the evidence page as a specific error; nothing of the file is stored. */
public class EvidenceRefused extends RuntimeException {
    /** Each problem's words are {@code error.evidence.<code>} in the bundle. */
    public enum Problem {
        NONE_CHOSEN("noneChosen"), EMPTY("empty"), TOO_BIG("tooBig"), TOO_BIG_TO_READ("tooBigToRead"), TOO_MANY("tooMany"), WRONG_TYPE("wrongType"),
        INFECTED("infected"), SCANNER_UNAVAILABLE("scannerUnavailable");

        private final String code;

        Problem(String code) {
            this.code = code;
        }

        public String messageKey() {
            return "error.evidence." + code;
        }
    }

    private final Problem problem;
    private final transient List<Object> args;

    public EvidenceRefused(Problem problem, Object... args) {
        super(problem.name());
        this.problem = problem;
        this.args = List.of(args);
    }

    EvidenceRefused(Problem problem, Throwable cause) {
        super(problem.name() + ": " + cause.getMessage(), cause);
        this.problem = problem;
        this.args = List.of();
    }

    public Problem problem() {
        return problem;
    }

    /** The message's arguments (the file's name, the limits). */
    public List<Object> args() {
        return args;
    }
}
