package com.respondo.replies.delivery;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.Ids;
import com.respondo.privacy.SecretMasker;
import com.respondo.replies.policy.HandoffNote;
import com.respondo.replies.policy.PlannedReply;
import com.respondo.tempbox.Atendimento;
import com.respondo.tempbox.AtendimentoEmAberto;
import com.respondo.tempbox.TempBoxDates;
import com.respondo.tempbox.Tenant;

import static com.respondo.conversation.ConversationLoader.blankToNull;
import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * The note a hand-off leaves for the person who takes the conversation over ({@link HandoffNote}): prepared before
 * the action is claimed, so that the ledger (and the admin's conversation view) keeps what the person got, with the
 * customer's previous conversations listed by {@code ListarMeusAtendimentos}; written just before the hand-off's
 * text, appended to the conversation's observations as {@code Consultar} reads them now, unless they already hold it
 * (a run that crashed after writing it). Neither step ever stops a hand-off: a person must get the conversation even
 * when TempBox would not take the note.
 */
public final class HandoffDossier {

    private static final Logger log = LoggerFactory.getLogger(HandoffDossier.class);

    private final Tenant tenant;

    private final ConversationLoader loader;

    private final ConversationEffects effects;

    private final Clock clock;

    private final ZoneId zone;

    private final List<String> secrets;

    /**
     * @param clock the time the window of the customer's previous conversations ends at
     * @param zone the tenant's zone, in which the note shows times and reads TempBox's list dates
     * @param secrets the configured secrets, masked in the note (its reason may quote the LLM)
     */
    public HandoffDossier(Tenant tenant, ConversationLoader loader, ConversationEffects effects, Clock clock,
            ZoneId zone, List<String> secrets) {
        this.tenant = tenant;
        this.loader = loader;
        this.effects = effects;
        this.clock = clock;
        this.zone = zone;
        this.secrets = List.copyOf(secrets);
    }

    /** The note for the planned hand-off; its previous conversations are "not read" when TempBox could not list them. */
    String prepare(PlannedReply planned) {
        Conversation conversation = planned.conversation();
        String note = HandoffNote.write(conversation, planned.messageId(), planned.decision().reason(),
                past(conversation), tenant.atendente(), zone);
        return Objects.requireNonNull(SecretMasker.mask(note, secrets));
    }

    /** The customer's other conversations opened within the window, newest first as TempBox lists them. */
    private Optional<List<HandoffNote.Past>> past(Conversation conversation) {
        try {
            Atendimento record = loader.state(conversation.atendimentoId(), conversation.hash());
            String customer = blankToNull(record.referenteSolicitante());
            if (customer == null) {
                return Optional.empty();
            }
            Instant since = clock.instant().minus(Duration.ofDays(HandoffNote.PAST_DAYS));
            return Optional.of(effects.conversationsOf(customer).stream()
                .filter(row -> !Ids.same(row.atendimento(), conversation.atendimentoId()))
                .map(this::past)
                .filter(past -> past.at() == null || !past.at().isBefore(since))
                .toList());
        }
        catch (RuntimeException ex) {
            log.warn("Previous conversations of the customer of conversation {} (tenant {}) not listed: {}",
                    conversation.atendimentoId(), tenant.id(), describe(ex));
            return Optional.empty();
        }
    }

    private HandoffNote.Past past(AtendimentoEmAberto row) {
        @Nullable Instant at = (row.cadastro() == null) ? null : TempBoxDates.parse(row.cadastro(), zone);
        return new HandoffNote.Past(at, (row.mensagem() == null) ? "" : row.mensagem());
    }

    /**
     * Appends the note to the conversation's observations unless they already hold it; a failure is logged and the
     * hand-off goes on.
     */
    void write(Conversation current, String messageId, @Nullable Object note) {
        if (note == null) {
            return;
        }
        try {
            String observations = loader.state(current.atendimentoId(), current.hash()).observacoesAdicionais();
            if (HandoffNote.writtenIn(observations, messageId)) {
                log.info("Hand-off note of conversation {} (tenant {}) already written by an earlier attempt",
                        current.atendimentoId(), tenant.id());
                return;
            }
            effects.saveObservations(current, HandoffNote.appendedTo(observations, note.toString()));
        }
        catch (RuntimeException ex) {
            log.warn("Hand-off note of conversation {} (tenant {}) not written ({}); the hand-off goes on",
                    current.atendimentoId(), tenant.id(), describe(ex));
        }
    }
}
