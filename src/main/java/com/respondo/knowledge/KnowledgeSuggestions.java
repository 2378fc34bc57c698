package com.respondo.knowledge;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Draft FAQ entries drawn from conversations Respondo handed off: once a person answered and closed one, the
 * customer's question and the person's answer (PII masked) wait for an admin, who approves them (a Markdown file in
 * the tenant's knowledge folder, searched from then on) or rejects them.
 */
public interface KnowledgeSuggestions {

    /**
     * Reads the conversations handed off recently and not drafted yet; drafts one suggestion for each that a person
     * answered and closed. Never drafts a conversation twice. Answers the new suggestions.
     */
    List<Suggestion> draftFromClosedHandoffs();

    /** The suggestions, newest first, of one tenant and in one status when given. */
    List<Suggestion> list(@Nullable String tenantId, @Nullable SuggestionStatus status);

    /**
     * Writes a pending suggestion, with the question and answer edited when given, as a new Markdown file into the
     * tenant's knowledge folder and indexes that folder again.
     *
     * @throws UnknownSuggestionException when there is no suggestion by that id
     * @throws SuggestionConflictException when it is no longer pending, or the knowledge folder does not exist
     */
    Suggestion approve(long id, @Nullable String question, @Nullable String answer);

    /**
     * Discards a pending suggestion.
     *
     * @throws UnknownSuggestionException when there is no suggestion by that id
     * @throws SuggestionConflictException when it is no longer pending
     */
    Suggestion reject(long id);
}
