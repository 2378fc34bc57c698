package com.respondo.replies.policy;

/**
 * The texts Respondo sends when it must not use the LLM's words: fixed, pt-BR, polite, and free of anything a
 * customer or the LLM wrote.
 */
final class FixedTexts {

    static final String HANDOFF = "Vou te transferir para um atendente. Por favor, aguarde um momento.";

    private FixedTexts() {
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
