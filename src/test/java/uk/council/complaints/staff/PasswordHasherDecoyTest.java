package uk.council.complaints.staff;

import org.junit.jupiter.api.Test;
import org.springframework.security.crypto.bcrypt.BCrypt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 26: the decoy an unknown address is checked against is made without hashing, yet costs a check what a real
 * hash costs: a well-formed bcrypt hash of the configured cost, which bcrypt itself accepts and no password matches.
 */
class PasswordHasherDecoyTest {

    @Test
    void theDecoyIsAWellFormedHashOfTheConfiguredCost() {
        StaffProperties properties = new StaffProperties();
        properties.setBcryptCost(5);
        PasswordHasher hasher = new PasswordHasher(properties);
        String decoy = hasher.decoy();
        String real = hasher.hash("a real password of some length");
        assertEquals(60, decoy.length(), decoy);
        // "$2a$05$": the same algorithm and cost as a hash the portal makes, so checking against it takes as long.
        assertEquals(real.substring(0, 7), decoy.substring(0, 7));
        assertTrue(decoy.matches("\\$2a\\$05\\$[./A-Za-z0-9]{53}"), decoy);
        assertFalse(BCrypt.checkpw("decoy", decoy));
        assertFalse(hasher.matches("anything", null));
        assertNotEquals(decoy, new PasswordHasher(properties).decoy());
    }
}
