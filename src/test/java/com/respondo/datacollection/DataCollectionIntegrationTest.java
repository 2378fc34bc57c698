package com.respondo.datacollection;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.respondo.testsupport.ReplyStepStandIns;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;

/**
 * The full application in the sandbox profile (its TempBox and LLM on a random port, its own in-memory H2), with the
 * real data-collection step and stand-ins for the reply steps; no debounce, a summary written back for
 * {@code loja-aurora}, PII masked for {@code clinica-sorriso}. Test classes that share it share one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = {
        "respondo.admin.password=test-admin-password",
        "respondo.data-collection.debounce=0s",
        "respondo.data-collection.tenants.loja-aurora.write-back=true",
        "respondo.data-collection.tenants.clinica-sorriso.mask-pii=true" })
@Import(ReplyStepStandIns.class)
public @interface DataCollectionIntegrationTest {

    String LOJA = "loja-aurora";

    String CLINICA = "clinica-sorriso";
}
