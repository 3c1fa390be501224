package org.socratic.identity;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.Optional;

/** The people who can sign in: lookup, creation and password checks. */
@Singleton
public class Users {
    private final UserRepository repository;
    private final PasswordHasher hasher;

    Users(UserRepository repository, PasswordHasher hasher) {
        this.repository = repository;
        this.hasher = hasher;
    }

    public Optional<User> find(long id) {
        return repository.findById(id).map(UserRow::toUser);
    }

    public Optional<User> findByUsername(String username) {
        return repository.findByUsername(username).map(UserRow::toUser);
    }

    /**
     * Creates the user unless the username is taken; an existing user is returned unchanged (password included),
     * so seeding twice changes nothing.
     */
    public User createIfAbsent(String username, String displayName, Role role, @Nullable Integer grade, String password) {
        return repository.findByUsername(username)
                .orElseGet(() -> repository.save(new UserRow(null, username, displayName, role.dbValue(), grade,
                        hasher.hash(password))))
                .toUser();
    }

    /** Deletes the account; rows that belong to it cascade in the database. */
    public void delete(long id) {
        repository.deleteById(id);
    }

    /** The user when the password matches. Unknown users cost a hash too, so timing does not reveal usernames. */
    public Optional<User> authenticate(String username, String password) {
        Optional<UserRow> row = repository.findByUsername(username);
        String stored = row.map(UserRow::passwordHash).orElse(DUMMY_HASH);
        boolean ok = hasher.matches(password, stored);
        return ok ? row.map(UserRow::toUser) : Optional.empty();
    }

    // A well-formed hash of nothing anyone knows, checked when the username does not exist.
    private static final String DUMMY_HASH =
            "pbkdf2-sha256$600000$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
}
