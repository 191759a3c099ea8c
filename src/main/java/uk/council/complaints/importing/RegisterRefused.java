package uk.council.complaints.importing;

import java.util.List;

/** A register with problems: thrown out of the import's transaction, so nothing of it is kept. */
final class RegisterRefused extends RuntimeException {
    private final transient List<RegisterProblem> problems;

    RegisterRefused(List<RegisterProblem> problems) {
        super(problems.size() + " problems", null, false, false);
        this.problems = List.copyOf(problems);
    }

    List<RegisterProblem> problems() {
        return problems;
    }
}
