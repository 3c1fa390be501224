package org.socratic.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;

/**
 * The key that signs session tokens. {@code SOCRATIC_JWT_SECRET} when set (several servers behind a load balancer
 * share it); otherwise a random key generated once and kept, readable by its owner only, in
 * {@code $SOCRATIC_DATA_DIR/jwt-secret} (default {@code .socratic/} under the project), so tokens survive a restart
 * and no secret ever sits in the repository.
 */
public final class TokenSecret {
    public static final String PROPERTY = "micronaut.security.token.jwt.signatures.secret.generator.secret";
    private static final int MIN_LENGTH = 32;

    private TokenSecret() {}

    /** The property map to add to the server's configuration. */
    public static Map<String, Object> asProperties(Map<String, String> env, Path home) {
        return Map.of(PROPERTY, resolve(env, home));
    }

    static String resolve(Map<String, String> env, Path home) {
        String fromEnv = env.get("SOCRATIC_JWT_SECRET");
        if (fromEnv != null && !fromEnv.isBlank()) {
            if (fromEnv.length() < MIN_LENGTH) {
                throw new IllegalArgumentException("SOCRATIC_JWT_SECRET must be at least " + MIN_LENGTH + " characters");
            }
            return fromEnv;
        }
        Path dir = env.containsKey("SOCRATIC_DATA_DIR") ? Path.of(env.get("SOCRATIC_DATA_DIR")) : home.resolve(".socratic");
        Path file = dir.resolve("jwt-secret");
        try {
            if (Files.exists(file)) return Files.readString(file, StandardCharsets.UTF_8).trim();
            Files.createDirectories(dir);
            byte[] key = new byte[48];
            new SecureRandom().nextBytes(key);
            String secret = HexFormat.of().formatHex(key);
            Files.writeString(file, secret, StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException ignored) {
                // Not a POSIX file system: the directory's own permissions protect it.
            }
            return secret;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the token key in " + file
                    + " (set SOCRATIC_JWT_SECRET or SOCRATIC_DATA_DIR)", e);
        }
    }
}
