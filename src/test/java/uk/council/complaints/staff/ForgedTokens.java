package uk.council.complaints.staff;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** Tokens an attacker would try, built by hand so that no library refuses to make a weak one. */
final class ForgedTokens {
    private ForgedTokens() {
    }

    /** Each shape by name: unsigned, HS256 with weak and random keys, RS256 with a key nobody trusts; with and without userId. */
    static Map<String, String> all(long userId, String email) {
        String claims = "{\"sub\":\"" + email + "\",\"roles\":[\"ADMIN\",\"MANAGER\",\"OFFICER\"],\"userId\":" + userId
                + ",\"name\":\"Forged\",\"mustChangePassword\":false,\"iss\":\"https://evil.example\",\"exp\":4102444800}";
        String noUserId = "{\"sub\":\"x@evil.example\",\"roles\":[\"ADMIN\"],\"name\":\"Forged\"}";
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("alg none", unsigned(claims));
        tokens.put("alg none, no userId", unsigned(noUserId));
        // A one-byte zero key is the empty key in HMAC (keys are zero-padded to the block size, RFC 2104).
        tokens.put("HS256 empty key", hs256(claims, new byte[]{0}));
        tokens.put("HS256 'secret'", hs256(claims, "secret".getBytes(StandardCharsets.UTF_8)));
        tokens.put("HS256 random key", hs256(claims, random));
        tokens.put("HS256 no userId", hs256(noUserId, "secret".getBytes(StandardCharsets.UTF_8)));
        tokens.put("RS256 unknown key", rs256(claims));
        return tokens;
    }

    static String unsigned(String claims) {
        return part("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + part(claims) + ".";
    }

    static String hs256(String claims, byte[] key) {
        String input = part("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + part(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return input + "." + b64(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    static String rs256(String claims) {
        String input = part("{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"attacker\"}") + "." + part(claims);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            PrivateKey key = generator.generateKeyPair().getPrivate();
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(signature.sign());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String part(String json) {
        return b64(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
