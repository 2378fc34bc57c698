package com.respondo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SandboxFaultsTests {

    @Test
    void refusesRatesOutsideZeroToOneAndTheirSumAboveOne() {
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxFaults.none().withMalformedRate(1.5))
            .withMessageContaining("malformed-rate");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SandboxFaults.none().withErrorRate(0.6, SandboxFaults.ErrorStyle.MIXED)
                .withStoredButFailedRate(0.6))
            .withMessageContaining("add up to at most 1");
    }

    @Test
    void refusesUnknownOperationsAndNegativeDelays() {
        assertThatIllegalArgumentException().isThrownBy(() -> SandboxFaults.none().onlyFor("EnviarMensgem"))
            .withMessageContaining("EnviarMensgem");
        assertThatIllegalArgumentException()
            .isThrownBy(() -> SandboxFaults.none().withLatency(Duration.ofMillis(-1), Duration.ZERO))
            .withMessageContaining("latency");
    }

    @Test
    void drawsEachFaultAboutAsOftenAsItsRate() {
        // given
        FaultInjector injector = new FaultInjector(SandboxFaults.none()
            .withErrorRate(0.2, SandboxFaults.ErrorStyle.MIXED)
            .withTimeouts(0.1, Duration.ofSeconds(1), false)
            .withMalformedRate(0.1)
            .withStoredButFailedRate(0.1));

        // when
        Map<FaultInjector.Kind, Integer> drawn = new EnumMap<>(FaultInjector.Kind.class);
        for (int call = 0; call < 20_000; call++) {
            drawn.merge(injector.decide(Operation.EnviarMensagem).kind(), 1, Integer::sum);
        }

        // then
        assertThat(drawn.get(FaultInjector.Kind.ERROR)).isBetween(3_600, 4_400);
        assertThat(drawn.get(FaultInjector.Kind.TIMEOUT)).isBetween(1_700, 2_300);
        assertThat(drawn.get(FaultInjector.Kind.MALFORMED)).isBetween(1_700, 2_300);
        assertThat(drawn.get(FaultInjector.Kind.STORED_BUT_FAILED)).isBetween(1_700, 2_300);
        assertThat(drawn.get(FaultInjector.Kind.NONE)).isBetween(9_300, 10_700);
    }

    @Test
    void leavesOperationsOutsideItsScopeAlone() {
        // given
        FaultInjector injector = new FaultInjector(SandboxFaults.none()
            .withErrorRate(1.0, SandboxFaults.ErrorStyle.HTTP)
            .withLatency(Duration.ofSeconds(1), Duration.ZERO)
            .onlyFor("EnviarMensagem"));

        // then
        assertThat(injector.decide(Operation.Consultar)).isEqualTo(FaultInjector.Decision.NONE);
        assertThat(injector.decide(Operation.EnviarMensagem).kind()).isEqualTo(FaultInjector.Kind.ERROR);
        assertThat(injector.decide(Operation.EnviarMensagem).latency()).isEqualTo(Duration.ofSeconds(1));
    }
}
