package uk.council.complaints.staff;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Optional;

/** bcrypt through spring-security-crypto; also the password rules (length only, as NCSC advises). */
@Singleton
class PasswordHasher {
    /** bcrypt reads only the first 72 bytes: longer passwords are refused rather than silently cut. */
    static final int MAX_BYTES = 72;
    private final StaffProperties properties;
    /** bcrypt's own base-64 alphabet, in which a hash's last 31 characters are written. */
    private static final String BCRYPT_ALPHABET = "./ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    /**
     * Checked against when the address is unknown, so both answers take as long. A check costs what the hash's cost
     * says whatever its last 31 characters are, so the decoy is a fresh salt of the configured cost and random
     * characters: nothing is hashed to make it (hashing one at cost 12 took a fifth of the start-up's CPU, issue 26).
     */
    private final String decoy;

    PasswordHasher(StaffProperties properties) {
        this.properties = properties;
        SecureRandom random = new SecureRandom();
        StringBuilder decoyHash = new StringBuilder(BCrypt.gensalt(properties.getBcryptCost(), random));
        for (int i = 0; i < 31; i++) {
            decoyHash.append(BCRYPT_ALPHABET.charAt(random.nextInt(BCRYPT_ALPHABET.length())));
        }
        this.decoy = decoyHash.toString();
    }

    /** The hash checked against for an unknown address. */
    String decoy() {
        return decoy;
    }

    String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(properties.getBcryptCost()));
    }

    boolean matches(String password, String hash) {
        if (hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            BCrypt.checkpw("decoy", decoy);
            return false;
        }
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    void spendDecoyTime(String password) {
        matches(password, decoy);
    }

    /** The bundle key of what is wrong with a new password, if anything. */
    Optional<String> problem(String password) {
        if (password == null || password.isBlank()) {
            return Optional.of("staff.password.error.missing");
        }
        if (password.length() < properties.getPasswordMinLength()) {
            return Optional.of("staff.password.error.short");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("staff.password.error.long");
        }
        if (password.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("staff.password.error.control");
        }
        return Optional.empty();
    }
}
