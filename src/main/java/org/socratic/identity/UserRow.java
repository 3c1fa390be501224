package org.socratic.identity;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/** A row of {@code users}, password hash included; only this package sees it. */
@MappedEntity("users")
record UserRow(
        @Id @GeneratedValue @Nullable Long id,
        String username,
        @MappedProperty("display_name") String displayName,
        String role,
        @Nullable Integer grade,
        @MappedProperty("password_hash") String passwordHash) {

    User toUser() {
        return new User(id, username, displayName, Role.fromDb(role), grade);
    }
}
