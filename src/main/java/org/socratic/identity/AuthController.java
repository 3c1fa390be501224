package org.socratic.identity;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.cookie.Cookie;
import io.micronaut.http.cookie.SameSite;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.token.cookie.AccessTokenCookieConfiguration;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Duration;

/**
 * Sign-in. The token comes back in the body (for API clients, as a bearer token) and as an HttpOnly, SameSite=Strict
 * cookie (for the web pages, where scripts must not read it).
 */
@Controller("/api/auth")
@Tag(name = "auth")
class AuthController {
    private final Users users;
    private final TokenGenerator tokens;
    private final AccessTokenCookieConfiguration cookie;
    private final int ttlSeconds;

    AuthController(Users users, TokenGenerator tokens, AccessTokenCookieConfiguration cookie,
                   io.micronaut.security.token.generator.AccessTokenConfiguration tokenConfig) {
        this.users = users;
        this.tokens = tokens;
        this.cookie = cookie;
        this.ttlSeconds = tokenConfig.getExpiration();
    }

    @Serdeable
    record LoginRequest(@NotBlank @Size(max = 64) String username, @NotBlank @Size(max = 256) String password) {}

    @Serdeable
    record LoginResponse(String token, UserView user) {}

    @Serdeable
    record UserView(long id, String username, String role) {
        static UserView of(User user) {
            return new UserView(user.id(), user.username(), user.role().dbValue());
        }
    }

    @Post("/login")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Sign in with a username and password; returns a bearer token and sets a session cookie")
    HttpResponse<?> login(@Body @Valid LoginRequest request) {
        return users.authenticate(request.username().trim().toLowerCase(java.util.Locale.ROOT), request.password())
                .<HttpResponse<?>>map(user -> {
                    String token = tokens.generateToken(Viewer.authenticationOf(user), ttlSeconds)
                            .orElseThrow(() -> new IllegalStateException("token generation failed"));
                    return HttpResponse.ok(new LoginResponse(token, UserView.of(user))).cookie(sessionCookie(token));
                })
                .orElseGet(() -> HttpResponse.unauthorized().body(new Problem("wrong username or password")));
    }

    @Post("/logout")
    @Secured(SecurityRule.IS_ANONYMOUS)
    @Operation(summary = "Clear the session cookie")
    HttpResponse<?> logout() {
        return HttpResponse.noContent().cookie(sessionCookie("").maxAge(Duration.ZERO));
    }

    @Get("/me")
    @Secured(SecurityRule.IS_AUTHENTICATED)
    @Operation(summary = "The signed-in user")
    UserView me(Authentication authentication) {
        Viewer viewer = Viewer.of(authentication);
        return users.find(viewer.userId()).map(UserView::of)
                .orElseThrow(() -> new io.micronaut.http.exceptions.HttpStatusException(
                        io.micronaut.http.HttpStatus.UNAUTHORIZED, "the account no longer exists"));
    }

    private Cookie sessionCookie(String token) {
        return Cookie.of(cookie.getCookieName(), token)
                .httpOnly(true)
                .sameSite(SameSite.Strict)
                .path("/")
                .maxAge(Duration.ofSeconds(ttlSeconds));
    }

    @Serdeable
    record Problem(String error) {}
}
