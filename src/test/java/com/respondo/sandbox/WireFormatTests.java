package com.respondo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import com.respondo.testsupport.TestZones;

class WireFormatTests {

    private static final Instant NOON_IN_SAO_PAULO = Instant.parse("2026-03-10T15:00:00Z");

    private final WireFormat wire = new WireFormat(TestZones.SAO_PAULO);

    @ParameterizedTest
    @ValueSource(strings = { "2026-03-10T12:00:00", "2026-03-10 12:00:00", "10/03/2026 12:00:00", "10/03/2026 12:00",
            "2026-03-10T12:00:00.000-03:00", "2026-03-10T15:00:00Z", "/Date(1773154800000)/" })
    void readsEveryAcceptedDateForm(String text) {
        assertThat(wire.parse(text)).isEqualTo(NOON_IN_SAO_PAULO);
    }

    @Test
    void writesTheMainAndTheAlternativeForms() {
        assertThat(wire.dateTime(NOON_IN_SAO_PAULO)).isEqualTo("2026-03-10T12:00:00");
        assertThat(wire.brazilian(NOON_IN_SAO_PAULO)).isEqualTo("10/03/2026 12:00:00");
        assertThat(wire.spaced(NOON_IN_SAO_PAULO)).isEqualTo("2026-03-10 12:00:00");
        assertThat(wire.dotNet(NOON_IN_SAO_PAULO)).isEqualTo("/Date(1773154800000)/");
        assertThat(wire.offsetDateTime(NOON_IN_SAO_PAULO)).isEqualTo("2026-03-10T12:00:00-03:00");
        assertThat(wire.momento(NOON_IN_SAO_PAULO.minusSeconds(300), NOON_IN_SAO_PAULO)).isEqualTo("há 5 minutos");
    }

    @Test
    void refusesWhatIsNoDate() {
        assertThatThrownBy(() -> wire.parse("amanhã cedo")).isInstanceOf(OperationException.class)
            .hasMessageContaining("Data inválida");
    }
}
