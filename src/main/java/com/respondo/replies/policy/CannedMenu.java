package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.UntrustedText;

/**
 * The canned messages offered for one conversation, numbered from 1 in a stable order (the company's shortcut
 * numbers first, then by text, then by id) whatever order TempBox lists them in: the prompt shows this numbering,
 * the LLM's choice and the menu fallback read it, and the same list always renders to the same bytes.
 */
public final class CannedMenu {

    private static final Comparator<CannedMessage> ORDER = Comparator
            .comparing(CannedMessage::shortcut, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(CannedMessage::text)
            .thenComparing(CannedMessage::id);

    private final List<CannedMessage> options;

    private CannedMenu(List<CannedMessage> options) {
        this.options = List.copyOf(options);
    }

    /**
     * The canned messages fit for the channel (those without a channel, and those of the conversation's channel;
     * every one when the conversation has no channel), without blank or repeated ones, in the stable order.
     */
    public static CannedMenu of(List<CannedMessage> canned, @Nullable Integer plataforma) {
        Map<String, CannedMessage> byId = new LinkedHashMap<>();
        for (CannedMessage message : canned) {
            boolean fits = plataforma == null || message.plataforma() == null
                    || message.plataforma().equals(plataforma);
            if (fits && !message.text().isBlank()) {
                byId.putIfAbsent(message.id(), message);
            }
        }
        List<CannedMessage> sorted = new ArrayList<>(byId.values());
        sorted.sort(ORDER);
        return new CannedMenu(sorted);
    }

    /** A menu without options. */
    public static CannedMenu empty() {
        return new CannedMenu(List.of());
    }

    /** The options in their numbered order. */
    public List<CannedMessage> options() {
        return options;
    }

    /** Whether there is nothing to offer. */
    public boolean isEmpty() {
        return options.isEmpty();
    }

    /** The option of a 1-based number, empty when out of range. */
    public Optional<CannedMessage> option(int number) {
        return number >= 1 && number <= options.size() ? Optional.of(options.get(number - 1)) : Optional.empty();
    }

    /** "1. texto" lines, each text cleaned onto one line; a fixed sentence when there are none. */
    public String numbered() {
        if (options.isEmpty()) {
            return "(nenhuma mensagem padrão cadastrada)";
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < options.size(); i++) {
            list.append(i == 0 ? "" : "\n").append(i + 1).append(". ")
                    .append(UntrustedText.oneLine(options.get(i).text()));
        }
        return list.toString();
    }
}
