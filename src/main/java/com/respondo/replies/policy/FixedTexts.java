package com.respondo.replies.policy;

import com.respondo.conversation.ReturnTime;
import com.respondo.conversation.TenantProfile;
import java.time.Instant;
import java.util.Optional;

/**
 * The texts Respondo sends when it must not use the LLM's words: fixed, pt-BR, polite, and free of anything a
 * customer or the LLM wrote.
 */
public final class FixedTexts {

    /** How every fixed hand-off message starts, inside business hours or not. */
    public static final String TRANSFER = "Vou te transferir para um atendente.";

    public static final String HANDOFF = TRANSFER + " Por favor, aguarde um momento.";

    private FixedTexts() {
    }

    /**
     * The hand-off message: {@link #HANDOFF} inside business hours; outside them, "Vou te transferir para um
     * atendente. No momento estamos fora do horário de atendimento: uma pessoa vai te responder amanhã, sábado, a
     * partir das 9h."
     */
    static String handoff(TenantProfile tenant, Instant now) {
        return afterHours(tenant, now).map(back -> TRANSFER + " " + back).orElse(HANDOFF);
    }

    /** A hand-off message with, outside business hours, the sentence saying when a person will be back appended. */
    static String handoff(String message, TenantProfile tenant, Instant now) {
        return afterHours(tenant, now).map(back -> message + " " + back).orElse(message);
    }

    private static Optional<String> afterHours(TenantProfile tenant, Instant now) {
        return ReturnTime.describe(tenant.businessHours(), now).map(back ->
                "No momento estamos fora do horário de atendimento: uma pessoa vai te responder " + back + ".");
    }

    /** "Boa tarde! Bem-vindo(a) ao atendimento Loja Aurora. Recebemos sua mensagem e já vamos te ajudar." */
    static String greeting(String greetingPeriod, String company) {
        String period = Character.toUpperCase(greetingPeriod.charAt(0)) + greetingPeriod.substring(1);
        return period + "! Bem-vindo(a) ao atendimento " + company
                + ". Recebemos sua mensagem e já vamos te ajudar.";
    }

    /** "Olá! Passando para lembrar do horário agendado: sex 29/11 às 10:00." */
    static String reminder(String slot) {
        return "Olá! Passando para lembrar do horário agendado: " + slot + ".";
    }
}
