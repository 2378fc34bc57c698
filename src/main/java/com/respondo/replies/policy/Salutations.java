package com.respondo.replies.policy;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.respondo.conversation.Message;

/**
 * Recognises, in pt-BR, opening messages that only greet ("oi", "bom dia", "olá, tudo bem?", "e aí", an emoji...):
 * such a burst is answered by initial-response's greeting, while a burst that already carries a question or request
 * is left to bot-reply and ai-reply, because a greeting would leave it unanswered. Case, accents, punctuation, emoji
 * and stretched letters ("oiii", "boa noiteee") do not matter; one word outside the greeting vocabulary does.
 */
final class Salutations {

    private static final Set<String> WORDS = squeezed(Set.of(
            "oi", "oie", "ola", "hola", "opa", "ei", "hey", "hi", "hello", "alo", "salve", "saudacoes",
            "e", "ai", "eai", "eae", "iae", "bom", "bon", "boa", "boas", "dia", "tarde", "noite",
            "tudo", "td", "tdb", "bem", "bao", "blz", "beleza", "joia", "firme", "tranquilo", "tranquila", "ok",
            "como", "vai", "vao", "esta", "com", "voce", "voces", "vc", "vcs", "licenca",
            "pessoal", "gente", "amigo", "amiga", "moco", "moca", "prezado", "prezada", "prezados", "alguem"));

    private Salutations() {
    }

    /**
     * Whether every message only greets: each word belongs to the greeting vocabulary, and a message without words
     * (an emoji, a blank text) asks nothing either; an empty list asks nothing.
     */
    static boolean onlySalutations(List<Message> messages) {
        return messages.stream().allMatch(message -> onlySalutation(message.text()));
    }

    /** Whether the text only greets. */
    static boolean onlySalutation(String text) {
        return Words.of(text).stream().map(Words::squeeze).allMatch(WORDS::contains);
    }

    private static Set<String> squeezed(Set<String> words) {
        return words.stream().map(Words::squeeze).collect(Collectors.toUnmodifiableSet());
    }
}
