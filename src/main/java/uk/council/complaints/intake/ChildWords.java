package uk.council.complaints.intake;

import uk.council.complaints.journey.Answers;
import uk.council.complaints.journey.Children;
import uk.council.complaints.web.Messages;

/**
 * The words of the questions after the children page, for several children (issue 27): where the answers name more
 * than one child and the bundle has a {@code <key>.children} variant ("the children" for "the child"), that variant.
 */
final class ChildWords {
    static final String SEVERAL = ".children";

    private ChildWords() {
    }

    /** The bundle key to use for these answers. */
    static String key(Messages msg, String key, Answers answers) {
        return Children.count(answers) > 1 && msg.find(key + SEVERAL).isPresent() ? key + SEVERAL : key;
    }
}
