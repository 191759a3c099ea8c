package uk.council.complaints.web;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ErrorPagesTest {
    @Test
    void anUnexpectedErrorIsLoggedWithoutItsMessagesWhichCanHoldAnswers() {
        Exception e = new IllegalStateException("value (Sam Example, 3 April 2015)",
                new RuntimeException("alex.parent@example.org"));
        String logged = ErrorPages.withoutMessages(e);
        assertTrue(logged.contains("java.lang.IllegalStateException") && logged.contains("caused by java.lang.RuntimeException"));
        assertTrue(logged.contains("at uk.council.complaints.web.ErrorPagesTest"), "where it happened is kept");
        assertFalse(logged.contains("Sam Example") || logged.contains("alex.parent@example.org"));
    }
}
