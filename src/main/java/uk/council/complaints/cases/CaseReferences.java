package uk.council.complaints.cases;

import jakarta.inject.Singleton;

import java.security.SecureRandom;

/**
 * The one maker of case references (ADR 0005), for the public form and for cases staff make:
 * like KD7M-3PQX, easy to read aloud, with no 0/O or 1/I/L to confuse. 31^8 combinations;
 * the database's unique constraint is the final guard.
 */
@Singleton
public class CaseReferences {
    static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private final SecureRandom random = new SecureRandom();
    private final CaseRepository cases;

    CaseReferences(CaseRepository cases) {
        this.cases = cases;
    }

    public String next() {
        for (int attempt = 0; attempt < 10; attempt++) {
            String candidate = random();
            if (!cases.existsByReference(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free case reference after 10 attempts");
    }

    String random() {
        StringBuilder s = new StringBuilder(9);
        for (int i = 0; i < 8; i++) {
            if (i == 4) {
                s.append('-');
            }
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }
}
