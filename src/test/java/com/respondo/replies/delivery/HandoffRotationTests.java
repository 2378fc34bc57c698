package com.respondo.replies.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 16, item 1: hand-offs go to the team's people in turn, per tenant. */
class HandoffRotationTests {

    private static final String BOT = "B0B00000-0000-0000-0000-000000000001";

    private final HandoffRotation rotation = new HandoffRotation();

    @Test
    void givesEachCandidateATurnPerTenantLeavingTheBotOut() {
        List<String> team = List.of("ana", BOT, " ", "carlos", "duda");

        assertThat(List.of(rotation.next("aurora", "ana", team, BOT), rotation.next("aurora", "ana", team, BOT),
                rotation.next("sorriso", "ana", team, BOT), rotation.next("aurora", "ana", team, BOT),
                rotation.next("aurora", "ana", team, BOT)))
            .containsExactly("ana", "carlos", "ana", "duda", "ana");
    }

    @Test
    void keepsAnExplicitChoiceAndALoneCandidate() {
        assertThat(rotation.next("aurora", "carlos", List.of("ana", "carlos"), BOT)).isEqualTo("carlos");
        assertThat(rotation.next("aurora", "ana", List.of("ana", BOT), BOT)).isEqualTo("ana");
        assertThat(rotation.next("aurora", null, List.of("ana", "carlos"), BOT)).isNull();
    }
}
