package uk.council.complaints.staff;

import jakarta.inject.Singleton;
import org.springframework.security.crypto.bcrypt.BCrypt;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/** bcrypt through spring-security-crypto; also the password rules (length only, as NCSC advises). */
@Singleton
class PasswordHasher {
    /** bcrypt reads only the first 72 bytes: longer passwords are refused rather than silently cut. */
    static final int MAX_BYTES = 72;
    private final StaffProperties properties;
    /**
     * Checked against when the address is unknown, so both answers take as long. Hashed in the
     * background: a bcrypt hash (cost 12) took about a quarter of the start-up's CPU on the main thread.
     */
    private final CompletableFuture<String> decoy;

    PasswordHasher(StaffProperties properties) {
        this.properties = properties;
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        this.decoy = CompletableFuture.supplyAsync(() -> hash(Base64.getEncoder().encodeToString(random)));
    }

    String hash(String password) {
        return BCrypt.hashpw(password, BCrypt.gensalt(properties.getBcryptCost()));
    }

    boolean matches(String password, String hash) {
        if (hash == null || password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            BCrypt.checkpw("decoy", decoy.join());
            return false;
        }
        try {
            return BCrypt.checkpw(password, hash);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    void spendDecoyTime(String password) {
        matches(password, decoy.join());
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
