package com.respondo.sandbox;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A canned message of a company (MensagemPadrao), with the keywords the sandbox's own bot uses to pick it.
 *
 * @param plataforma the channel it is meant for; 0 means every channel
 */
record CannedMessage(UUID id, UUID hash, int plataforma, String title, long shortCode, List<String> keywords) {

    /** How many of the keywords occur in the text (case-insensitive): the sandbox bot's measure of fit. */
    int score(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return (int) keywords.stream().filter(keyword -> lower.contains(keyword.toLowerCase(Locale.ROOT))).count();
    }
}
