package org.socratic.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher(1000);

    @Test
    void a_hash_matches_its_password_only() {
        String hash = hasher.hash("demo-password");
        assertTrue(hasher.matches("demo-password", hash));
        assertFalse(hasher.matches("demo-passwore", hash));
        assertFalse(hash.contains("demo-password"));
    }

    @Test
    void the_same_password_hashes_differently_each_time() {
        assertNotEquals(hasher.hash("same"), hasher.hash("same"));
    }

    @Test
    void a_hash_made_with_more_iterations_still_verifies() {
        String stronger = new PasswordHasher(5000).hash("pw-123456");
        assertTrue(hasher.matches("pw-123456", stronger));
    }

    @Test
    void malformed_stored_hashes_never_match() {
        assertFalse(hasher.matches("x", null));
        assertFalse(hasher.matches("x", "plain-text"));
        assertFalse(hasher.matches("x", "pbkdf2-sha256$abc$$"));
        assertFalse(hasher.matches("x", "md5$1$AAAA$AAAA"));
    }
}
