package com.respondo.replies.policy;

import java.time.Duration;
import java.util.Objects;

/**
 * How one tenant follows up a customer who went silent after the bot's answer: whether it does, how long the
 * silence lasts before the nudge and then before the farewell, and the fixed texts.
 *
 * @param enabled whether the tenant's silent customers are followed up at all
 * @param nudgeAfter how long after the bot's last message, with no answer, the nudge is due (sent only inside the
 *     tenant's business hours)
 * @param closeAfter how long after the nudge, with no answer, the farewell is sent and the conversation closed
 * @param nudgeText the nudge sent when the LLM cannot write one (unavailable, unusable answer, failed check)
 * @param farewellText the farewell sent before the conversation is closed
 */
public record FollowUpSettings(boolean enabled, Duration nudgeAfter, Duration closeAfter, String nudgeText,
        String farewellText) {

    /** The built-in nudge. */
    public static final String NUDGE = "Oi! Só passando para saber se ficou alguma dúvida. Se precisar de algo, é só "
            + "responder esta mensagem.";

    /** The built-in farewell. */
    public static final String FAREWELL = "Como não tivemos retorno, vamos encerrar este atendimento por aqui. Se "
            + "precisar de algo, é só mandar uma nova mensagem. Até mais!";

    public FollowUpSettings {
        Objects.requireNonNull(nudgeAfter, "nudgeAfter");
        Objects.requireNonNull(closeAfter, "closeAfter");
        if (nudgeAfter.isNegative() || closeAfter.isNegative()) {
            throw new IllegalArgumentException("nudge-after and close-after must not be negative");
        }
        nudgeText = (nudgeText == null || nudgeText.isBlank()) ? NUDGE : nudgeText.strip();
        farewellText = (farewellText == null || farewellText.isBlank()) ? FAREWELL : farewellText.strip();
    }
}
