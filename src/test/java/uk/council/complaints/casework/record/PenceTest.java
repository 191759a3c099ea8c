package uk.council.complaints.casework.record;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Money as staff type it, read strictly: pounds with or without £ and commas, pence only as two digits. */
class PenceTest {

    @Test
    void poundsAndPenceAreRead() {
        assertEquals(Optional.of(25000L), Pence.parse("250"));
        assertEquals(Optional.of(25000L), Pence.parse("£250.00"));
        assertEquals(Optional.of(125050L), Pence.parse("£1,250.50"));
        assertEquals(Optional.of(125050L), Pence.parse(" 1250.50 "));
        assertEquals(Optional.of(0L), Pence.parse("0"));
    }

    @Test
    void anythingElseIsRefusedRatherThanGuessed() {
        for (String typed : List.of("", "12.5", "12.500", "£1,25", "1,2345", "-10", "ten", "£", "1.", ".50", "1 250",
                "£1000000000", "1e3", "١٢")) {
            assertEquals(Optional.empty(), Pence.parse(typed), typed);
        }
    }

    @Test
    void paymentsAreShownInPounds() {
        assertEquals("£1,250.50", Pence.pounds(125050));
        assertEquals("£0.05", Pence.pounds(5));
    }
}
