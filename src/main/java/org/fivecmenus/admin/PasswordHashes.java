package org.fivecmenus.admin;

import java.io.Console;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Salted, slow password hashes (PBKDF2-HMAC-SHA256, 310,000 iterations as OWASP advises), written as
 * {@code pbkdf2-sha256$iterations$salt$hash} in base64. Only the JDK's own primitives are used, so the same code
 * runs in the server and as the command that creates an account:
 *
 * <pre>java -cp target/classes org.fivecmenus.admin.PasswordHashes alice</pre>
 *
 * asks for the password without echoing it and prints the {@code alice:pbkdf2-sha256$…} entry for ADMIN_ACCOUNTS.
 */
public final class PasswordHashes {

    static final String SCHEME = "pbkdf2-sha256";
    static final int ITERATIONS = 310_000;
    static final int MIN_PASSWORD_LENGTH = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    private PasswordHashes() {
    }

    public static String hash(char[] password) {
        if (password.length < MIN_PASSWORD_LENGTH) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, ITERATIONS);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return SCHEME + "$" + ITERATIONS + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Constant-time comparison; a malformed stored hash never matches. */
    public static boolean matches(char[] password, String stored) {
        String[] parts = stored == null ? new String[0] : stored.split("\\$");
        if (parts.length != 4 || !SCHEME.equals(parts[0])) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            if (iterations < 100_000 || iterations > 10_000_000) {
                return false;
            }
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            return MessageDigest.isEqual(derive(password, salt, iterations), expected);
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] derive(char[] password, byte[] salt, int iterations) {
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every JRE", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Prints an ADMIN_ACCOUNTS entry for the user named in the first argument. */
    public static void main(String[] args) {
        if (args.length != 1 || !args[0].matches("[A-Za-z0-9._-]{1,40}")) {
            System.err.println("usage: java -cp target/classes org.fivecmenus.admin.PasswordHashes USERNAME");
            System.exit(2);
        }
        Console console = System.console();
        char[] password = console != null ? console.readPassword("Password for %s: ", args[0])
                : new String(readStdin(), StandardCharsets.UTF_8).strip().toCharArray();
        try {
            System.out.println(args[0] + ":" + hash(password));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } finally {
            Arrays.fill(password, '\0');
        }
    }

    private static byte[] readStdin() {
        try {
            return System.in.readAllBytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
