package uk.council.complaints.casework;

import jakarta.inject.Singleton;
import uk.council.complaints.cases.CaseRepository;

import java.security.SecureRandom;

/** References for cases staff make (Stage 2, converted call-backs), in the public form's format (ADR 0005). */
@Singleton
class CaseReferences {
    private static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    private final SecureRandom random = new SecureRandom();
    private final CaseRepository cases;

    CaseReferences(CaseRepository cases) {
        this.cases = cases;
    }

    String next() {
        for (int attempt = 0; attempt < 10; attempt++) {
            StringBuilder s = new StringBuilder(9);
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    s.append('-');
                }
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            if (!cases.existsByReference(s.toString())) {
                return s.toString();
            }
        }
        throw new IllegalStateException("no free case reference after 10 attempts");
    }
}
