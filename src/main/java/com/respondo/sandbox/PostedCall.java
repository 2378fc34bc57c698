package com.respondo.sandbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * One entry of the sandbox's record of what was posted to it: a state-changing call (or, for the automation
 * operations, one conversation it acted on) with its outcome, so that tests assert what the worker did.
 *
 * @param sequence the position in the record, from 1, increasing
 * @param time when the sandbox handled the call
 * @param empresa the company (tenant) of the token
 * @param operation the operation's wire name
 * @param atendimento the conversation acted on, when there is one
 * @param atendente the attendant named in the call (or the bot, for the automation operations)
 * @param text the message sent or scheduled; for Salvar the ObservacoesAdicionais written
 * @param scheduledFor the DataAgendamento of AgendarMensagem, in the sandbox's time zone
 * @param inReplyTo the newest customer message of the conversation when the call arrived: what it answers
 * @param inReplyToAt when that customer message was written
 * @param outcome whether the change was stored and whether the caller was told so
 * @param detail further facts: the error message, the fields Salvar changed, the fault injected
 */
public record PostedCall(
        long sequence,
        Instant time,
        UUID empresa,
        String operation,
        @Nullable UUID atendimento,
        @Nullable UUID atendente,
        @Nullable String text,
        @Nullable LocalDateTime scheduledFor,
        @Nullable UUID inReplyTo,
        @Nullable Instant inReplyToAt,
        Outcome outcome,
        @Nullable String detail) {

    /** What happened to a recorded call. */
    public enum Outcome {
        /** Applied and answered with success. */
        STORED,
        /** Not applied; the caller got an error (invalid input or an injected fault). */
        FAILED,
        /** Applied, but the caller got an error, a malformed body or no answer in time: the ambiguous case. */
        STORED_BUT_FAILED
    }

    /** Whether the change took effect in the sandbox, whatever the caller was told. */
    public boolean stored() {
        return outcome != Outcome.FAILED;
    }
}
