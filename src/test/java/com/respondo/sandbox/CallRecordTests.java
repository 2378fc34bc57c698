package com.respondo.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CallRecordTests {

    private static final UUID EMPRESA = UUID.randomUUID();

    @Test
    void keepsOnlyTheNewestEntriesUpToItsCapacity() {
        // given
        CallRecord record = new CallRecord(100);

        // when
        for (int index = 0; index < 250; index++) {
            record.add(EMPRESA, Operation.EnviarMensagem, Effect.on(UUID.randomUUID(), null, "m" + index, null),
                    PostedCall.Outcome.STORED, Instant.now());
        }

        // then
        assertThat(record.after(0)).hasSize(100).extracting(PostedCall::sequence).startsWith(151L).endsWith(250L);
        assertThat(record.after(240)).extracting(PostedCall::text).containsExactly("m240", "m241", "m242", "m243",
                "m244", "m245", "m246", "m247", "m248", "m249");
        assertThat(record.after(250)).isEmpty();
        assertThat(record.lastSequence()).isEqualTo(250);
    }

    @Test
    void countsCallsPerOperation() {
        // given
        CallRecord record = new CallRecord(100);

        // when
        record.countCall("ListarMensagensEmAberto");
        record.countCall("ListarMensagensEmAberto");
        record.countCall("Consultar");

        // then
        assertThat(record.calls()).containsExactly(java.util.Map.entry("Consultar", 1L),
                java.util.Map.entry("ListarMensagensEmAberto", 2L));
    }
}
