package org.socratic.classroom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Date;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.socratic.demo.DemoDistrict;
import org.socratic.identity.Users;
import org.socratic.testing.ApiClient;

/** The access rules, role by role, through the real HTTP API and the demo district. */
@MicronautTest(transactional = false)
class AccessMatrixTest {
    static final String TEST_SECRET = "test-secret-only-for-the-test-suite-0123456789abcdef";
    @Inject @Client("/") HttpClient client;
    @Inject DemoDistrict demo;
    @Inject Users users;
    ApiClient api;
    long student1, student4, class1;

    @BeforeEach
    void seed() {
        demo.seed("demo-password");
        api = new ApiClient(client.toBlocking());
        student1 = users.findByUsername("student1").orElseThrow().id();
        student4 = users.findByUsername("student4").orElseThrow().id();
        String teacher1 = api.login("teacher1", "demo-password");
        class1 = client.toBlocking().retrieve(io.micronaut.http.HttpRequest.GET("/api/classes").bearerAuth(teacher1),
                io.micronaut.core.type.Argument.listOf(ClassRow.class)).getFirst().id();
    }

    @Test
    void a_student_reaches_their_own_data_and_no_one_elses() {
        String token = api.login("student1", "demo-password");
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/students/" + student1, token));
        assertEquals(HttpStatus.NOT_FOUND, api.statusOfGet("/api/students/" + student4, token));
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/classes/" + class1 + "/students", token));
    }

    @Test
    void a_teacher_reaches_the_students_of_their_own_classes_only() {
        String token = api.login("teacher1", "demo-password");
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/students/" + student1, token));
        assertEquals(HttpStatus.NOT_FOUND, api.statusOfGet("/api/students/" + student4, token));
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/classes/" + class1 + "/students", token));
        String teacher2 = api.login("teacher2", "demo-password");
        assertEquals(HttpStatus.NOT_FOUND, api.statusOfGet("/api/classes/" + class1 + "/students", teacher2));
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/students/" + student4, teacher2));
    }

    @Test
    void an_evaluator_reaches_no_students_personal_data() {
        String token = api.login("evaluator1", "demo-password");
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/students/" + student1, token));
        assertEquals(HttpStatus.FORBIDDEN, api.statusOfGet("/api/classes/" + class1 + "/students", token));
    }

    @Test
    void an_admin_reaches_everyone() {
        String token = api.login("admin1", "demo-password");
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/students/" + student1, token));
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/students/" + student4, token));
        assertEquals(HttpStatus.OK, api.statusOfGet("/api/classes/" + class1 + "/students", token));
    }

    @Test
    void no_token_is_401() {
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/students/" + student1, null));
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/classes", null));
    }

    @Test
    void an_expired_token_is_401() throws Exception {
        String expired = sign(TEST_SECRET, "admin1", new Date(System.currentTimeMillis() - 3_600_000));
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/students/" + student1, expired));
    }

    @Test
    void a_token_signed_with_another_key_is_401() throws Exception {
        String forged = sign("an-attackers-own-secret-that-is-long-enough-0123456789",
                "admin1", new Date(System.currentTimeMillis() + 3_600_000));
        assertEquals(HttpStatus.UNAUTHORIZED, api.statusOfGet("/api/students/" + student1, forged));
    }

    @Test
    void a_wrong_password_is_401_and_says_nothing_about_the_username() {
        var e = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> api.login("teacher1", "not-the-password"));
        assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(
                io.micronaut.http.client.exceptions.HttpClientResponseException.class,
                () -> api.login("nobody-here", "not-the-password"));
        assertEquals(e.getMessage(), unknown.getMessage());
    }

    private static String sign(String secret, String subject, Date expires) throws Exception {
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(subject).expirationTime(expires)
                .claim("roles", List.of("ADMIN")).claim("uid", 1).issueTime(new Date()).build();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        jwt.sign(new MACSigner(secret.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        return jwt.serialize();
    }
}
