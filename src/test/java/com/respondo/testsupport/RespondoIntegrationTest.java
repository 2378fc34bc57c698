package com.respondo.testsupport;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The full application on a random port, its own in-memory H2, the fake steps and tenants, and a known admin
 * password; test classes that share it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "respondo.admin.password=" + RespondoIntegrationTest.ADMIN_PASSWORD)
@Import(FakeJobsConfiguration.class)
public @interface RespondoIntegrationTest {

    String ADMIN_PASSWORD = "test-admin-password";
}
