package com.respondo.replies.delivery;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Ids;
import com.respondo.conversation.ReturnTime;
import com.respondo.replies.policy.Action;
import com.respondo.replies.policy.AgendaOptions;
import com.respondo.replies.policy.AgendaSlot;
import com.respondo.replies.policy.Decision;
import com.respondo.replies.policy.PlannedReply;

import static com.respondo.replies.delivery.ReplyExecutor.describe;

/**
 * Outside business hours, a hand-off also reserves the person's return at the first free slot of the agenda
 * ({@code ListarDiasHorariosAtendentesAgendaDisponivel}): the one message to the customer, which already says when a
 * person is back, names the slot, the conversation goes to the slot's attendant, and after the forward TempBox is
 * asked to send a short message as that attendant at that time ({@code AgendarMensagem}). Inside business hours, or
 * when the agenda has no free slot or cannot be read, the hand-off stays as decided.
 */
public final class ReturnScheduling {

    /** The message TempBox sends at the reserved slot, as the slot's attendant. */
    static final String RETURN_MESSAGE = "Olá! Estou retomando o seu atendimento, como combinado. Como posso ajudar?";

    private static final Logger log = LoggerFactory.getLogger(ReturnScheduling.class);

    private final String tenantId;

    private final String botAttendantId;

    private final BusinessHours hours;

    private final Supplier<List<AgendaSlot>> agenda;

    private final Clock clock;

    /** @param agenda the free agenda slots of the bot's related attendants, read at most once per run */
    public ReturnScheduling(String tenantId, String botAttendantId, BusinessHours hours,
            Supplier<List<AgendaSlot>> agenda, Clock clock) {
        this.tenantId = tenantId;
        this.botAttendantId = botAttendantId;
        this.hours = hours;
        this.agenda = agenda;
        this.clock = clock;
    }

    /** Never reserves anything. */
    public static ReturnScheduling none(String tenantId, String botAttendantId, ZoneId zone) {
        return new ReturnScheduling(tenantId, botAttendantId, BusinessHours.notInformed(zone), List::of,
                Clock.systemUTC());
    }

    /** A planned reply, and the slot reserved for a hand-off's return, if any. */
    record Offer(PlannedReply planned, @Nullable AgendaSlot slot) {
    }

    /** The hand-off with its return reserved when it comes outside business hours and the agenda has a free slot. */
    Offer offer(PlannedReply planned) {
        if (!(planned.action() instanceof Action.Handoff handoff)) {
            return new Offer(planned, null);
        }
        Instant now = clock.instant();
        if (ReturnTime.describe(hours, now).isEmpty()) {
            return new Offer(planned, null);
        }
        Optional<AgendaSlot> first;
        try {
            first = AgendaOptions.of(agenda.get(), now, Integer.MAX_VALUE).slots().stream()
                .filter(slot -> !Ids.same(slot.attendantId(), botAttendantId))
                .findFirst();
        }
        catch (RuntimeException ex) {
            log.warn("Agenda of tenant {} not read ({}); the hand-off of conversation {} reserves no return",
                    tenantId, describe(ex), planned.atendimentoId());
            return new Offer(planned, null);
        }
        if (first.isEmpty()) {
            return new Offer(planned, null);
        }
        AgendaSlot slot = first.get();
        String text = handoff.text() + " Reservamos para você o primeiro horário livre, "
                + AgendaOptions.describe(slot, hours.zone()) + ", para retomar o atendimento.";
        Decision decision = planned.decision();
        Decision reserved = decision.acting(new Action.Handoff(text, slot.attendantId(), handoff.reason()));
        return new Offer(new PlannedReply(planned.conversation(), planned.messageId(), reserved,
                planned.startedNanos()), slot);
    }
}
