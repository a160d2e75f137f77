package machlab.ssh;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * A salted PBKDF2-HMAC-SHA256 password hash, written {@code pbkdf2-sha256:ITERATIONS:SALT:HASH} (Base64).
 * The configuration holds only this: a copied file does not give the password away.
 */
record PasswordHash(int iterations, byte[] salt, byte[] hash) {

    private static final String PREFIX = "pbkdf2-sha256";
    private static final int ITERATIONS = 210_000; // OWASP's figure for PBKDF2-HMAC-SHA256
    private static final int BITS = 256;

    static PasswordHash of(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return new PasswordHash(ITERATIONS, salt, derive(password, salt, ITERATIONS));
    }

    static PasswordHash parse(String text) {
        String[] parts = text.split(":");
        if (parts.length != 4 || !parts[0].equals(PREFIX)) {
            throw new IllegalArgumentException("expected " + PREFIX + ":ITERATIONS:SALT:HASH");
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 1) {
                throw new IllegalArgumentException("iterations must be positive");
            }
            Base64.Decoder b64 = Base64.getDecoder();
            return new PasswordHash(iterations, b64.decode(parts[2]), b64.decode(parts[3]));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("iterations '" + parts[1] + "' is not a number", e);
        }
    }

    boolean matches(String password) {
        return MessageDigest.isEqual(hash, derive(password, salt, iterations));
    }

    @Override
    public String toString() {
        Base64.Encoder b64 = Base64.getEncoder();
        return PREFIX + ":" + iterations + ":" + b64.encodeToString(salt) + ":" + b64.encodeToString(hash);
    }

    private static byte[] derive(String password, byte[] salt, int iterations) {
        try {
            PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, iterations, BITS);
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is missing from this Java runtime", e);
        }
    }
}
