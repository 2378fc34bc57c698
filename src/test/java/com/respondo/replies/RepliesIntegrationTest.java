package com.respondo.replies;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The full application on its defaults (the sandbox TempBox and LLM, the real reply steps) on a random port, with a
 * known admin password, a 2 s TempBox read timeout (so that timeout faults cost little), a 3 s settle delay for sends
 * that ended without an answer, and the {@link Scenario} bean; the test classes using it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = { "respondo.admin.password=" + RepliesIntegrationTest.ADMIN_PASSWORD,
            "respondo.tempbox.read-timeout=2s", "respondo.replies.unknown-send-settle=3s" })
@Import(Scenario.class)
public @interface RepliesIntegrationTest {

    String ADMIN_PASSWORD = "replies-admin-password";
}
