package org.socratic.identity;

import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;

/** The signed-in person making a request, as carried by their token. */
public record Viewer(long userId, String username, Role role) {
    static final String USER_ID_CLAIM = "uid";

    public static Viewer of(Authentication authentication) {
        Object id = authentication.getAttributes().get(USER_ID_CLAIM);
        if (!(id instanceof Number number)) throw new IllegalStateException("token without a user id");
        Role role = authentication.getRoles().stream().findFirst().map(Role::valueOf)
                .orElseThrow(() -> new IllegalStateException("token without a role"));
        return new Viewer(number.longValue(), authentication.getName(), role);
    }

    static Authentication authenticationOf(User user) {
        return Authentication.build(user.username(), List.of(user.role().name()),
                Map.of(USER_ID_CLAIM, user.id()));
    }
}
