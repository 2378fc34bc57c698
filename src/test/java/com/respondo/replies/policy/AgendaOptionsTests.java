package com.respondo.replies.policy;

import static com.respondo.replies.Fixtures.ANA;
import static com.respondo.replies.Fixtures.CARLOS;
import static com.respondo.replies.Fixtures.NOW;
import static com.respondo.testsupport.TestZones.SAO_PAULO;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

class AgendaOptionsTests {

    @Test
    void offersFutureSlotsEarliestFirstOnePerTimeUpToTheLimit() {
        List<AgendaSlot> free = List.of(
                new AgendaSlot(at(2, 10), CARLOS),
                new AgendaSlot(at(2, 10), ANA),
                new AgendaSlot(NOW.minusSeconds(60), ANA),
                new AgendaSlot(NOW, ANA),
                new AgendaSlot(at(3, 9), ANA),
                new AgendaSlot(at(4, 9), ANA));

        AgendaOptions options = AgendaOptions.of(free, NOW, 2);

        assertThat(options.slots()).containsExactly(new AgendaSlot(at(2, 10), ANA), new AgendaSlot(at(3, 9), ANA));
        assertThat(options.numbered(SAO_PAULO)).isEqualTo("1. seg 02/12 às 10:00\n2. ter 03/12 às 09:00");
        assertThat(options.slot(2)).get().extracting(AgendaSlot::attendantId).isEqualTo(ANA);
        assertThat(options.slot(3)).isEmpty();
        assertThat(options.slot(0)).isEmpty();
    }

    @Test
    void describesASlotInPortuguese() {
        assertThat(AgendaOptions.describe(new AgendaSlot(at(7, 14), ANA), SAO_PAULO)).isEqualTo("sáb 07/12 às 14:00");
    }

    private static Instant at(int december, int hour) {
        return ZonedDateTime.of(2024, 12, december, hour, 0, 0, 0, SAO_PAULO).toInstant();
    }
}
