package com.respondo.sandbox.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.respondo.sandbox.llm.SandboxLlmControls.Fault;

class SandboxLlmControlsTests {

    @Test
    void eachFaultFiresOnItsExactShareOfTheRequests() {
        SandboxLlmControls controls = new SandboxLlmControls(SandboxLlmProperties.defaults()
            .withErrorRate(0.2)
            .withRateLimit(0.1, Duration.ofSeconds(2))
            .withMalformedRate(0.05));

        Map<Fault, Integer> fates = new EnumMap<>(Fault.class);
        for (int i = 0; i < 1000; i++) {
            fates.merge(controls.next(), 1, Integer::sum);
        }

        assertThat(controls.requests()).isEqualTo(1000);
        assertThat(fates).containsEntry(Fault.ERROR, 200).containsEntry(Fault.RATE_LIMIT, 80)
            .containsEntry(Fault.MALFORMED, 36).doesNotContainKey(Fault.TIMEOUT);
    }

    @Test
    void resetRestoresTheConfiguredSettingsAndTheCount() {
        SandboxLlmProperties configured = SandboxLlmProperties.defaults().withLatency(Duration.ofMillis(150));
        SandboxLlmControls controls = new SandboxLlmControls(configured);
        controls.apply(configured.withErrorRate(1));

        assertThat(controls.next()).isEqualTo(Fault.ERROR);
        controls.reset();

        assertThat(controls.settings()).isEqualTo(configured);
        assertThat(controls.requests()).isZero();
        assertThat(controls.next()).isEqualTo(Fault.NONE);
    }
}
