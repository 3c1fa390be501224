package org.socratic.identity;

import io.micronaut.core.annotation.Nullable;

/** A person who can sign in. The password hash never leaves {@link UserStore}. */
public record User(long id, String username, String displayName, Role role, @Nullable Integer grade) {}
