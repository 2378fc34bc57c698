package com.respondo.replies.policy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ActionTests {

    private static final AgendaSlot SLOT = new AgendaSlot(Instant.parse("2026-12-08T13:00:00Z"), "ana");

    @Test
    void eachActionIsOfItsOwnKind() {
        assertThat(List.of(new Action.Greet("Olá"), new Action.Start("already asks"),
                new Action.SendCanned("7", "Nosso horário"), new Action.SendReply("Sim"),
                new Action.Handoff("Um momento", null, "asked for a human"), new Action.Schedule("Até", SLOT, "Oi"),
                new Action.Close("Tchau"), new Action.Defer("later"))
            .stream().map(Action::kind).toList())
            .containsExactly(ActionKind.GREET, ActionKind.START, ActionKind.SEND_CANNED, ActionKind.SEND_REPLY,
                    ActionKind.HANDOFF, ActionKind.SCHEDULE, ActionKind.CLOSE, ActionKind.DEFER);
    }

    @Test
    void aSpeakingActionSendsItsTextNowAndASilentOneNothing() {
        assertThat(new Action.Handoff("Um momento", null, "asked for a human").outgoingText())
            .contains("Um momento");
        assertThat(new Action.Start("already asks").outgoingText()).isEqualTo(Optional.empty());
        assertThat(new Action.Defer("later").outgoingTexts()).isEmpty();
    }

    @Test
    void aScheduleAlsoPutsItsFollowUpInFrontOfTheCustomer() {
        Action schedule = new Action.Schedule("Até amanhã", SLOT, "Bom dia, como posso ajudar?");

        assertThat(schedule.outgoingText()).contains("Até amanhã");
        assertThat(schedule.outgoingTexts()).containsExactly("Até amanhã", "Bom dia, como posso ajudar?");
    }
}
