package com.respondo.conversation;

import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;

import com.respondo.privacy.PiiMasker;

/**
 * The conversation text a prompt shows, kept within a token budget (estimated as characters per token): the newest
 * messages are kept, older ones dropped with a note, and a newest message too long for the budget is cut. Every
 * message is cleaned, put on one line and defused ({@link UntrustedText#defuse}), so a customer cannot forge lines of
 * the history, a prompt's delimiters or another speaker's turn; a masking window also replaces PII by placeholders
 * ({@link PiiMasker}).
 */
public final class HistoryWindow {

    static final String OMITTED = "(mensagens anteriores omitidas)";
    static final String CUT = " […]";

    private final int charBudget;
    private final boolean maskPii;

    /** A window of {@code charBudget} characters, masking PII or not. */
    public HistoryWindow(int charBudget, boolean maskPii) {
        if (charBudget < 100) {
            throw new IllegalArgumentException("charBudget must be at least 100: " + charBudget);
        }
        this.charBudget = charBudget;
        this.maskPii = maskPii;
    }

    /** A window of {@code charBudget} characters that leaves PII as it is. */
    public HistoryWindow(int charBudget) {
        this(charBudget, false);
    }

    /** A window of the settings' token budget that leaves PII as it is. */
    public HistoryWindow(ReplySettings settings) {
        this(settings.historyCharBudget(), false);
    }

    /** A window of the settings' token budget that masks PII when the tenant asks for it. */
    public HistoryWindow(ReplySettings settings, TenantProfile tenant) {
        this(settings.historyCharBudget(), tenant.maskPiiForLlm());
    }

    /**
     * The conversation as lines "[28/11 14:05] Cliente: …", "[28/11 14:06] Atendente Ana: …" (the bot's lines say
     * "Assistente virtual"), oldest first, times in the tenant's zone.
     */
    public String history(Conversation conversation, String botAttendantId, ZoneId zone) {
        List<String> lines = new ArrayList<>(conversation.messages().size());
        for (Message message : conversation.messages()) {
            lines.add("[" + PtBr.stamp(message.at(), zone) + "] " + author(message, botAttendantId) + ": "
                    + body(message));
        }
        return fit(lines);
    }

    /** The customer's newest messages since the last attendant message, one per line, oldest first. */
    public String burst(Conversation conversation) {
        return texts(conversation.burst());
    }

    /** The texts of the messages, one per line, oldest first, within the budget (newest kept). */
    public String texts(List<Message> messages) {
        List<String> lines = new ArrayList<>(messages.size());
        for (Message message : messages) {
            lines.add(body(message));
        }
        return fit(lines);
    }

    private String body(Message message) {
        String bounded = UntrustedText.truncate(message.text(), charBudget + 1, "");
        String line = UntrustedText.defuse(UntrustedText.oneLine(bounded));
        if (line.isEmpty()) {
            return "(mensagem sem texto)";
        }
        return maskPii ? Objects.requireNonNull(PiiMasker.mask(line)) : line;
    }

    private static String author(Message message, String botAttendantId) {
        if (message.fromCustomer()) {
            return "Cliente";
        }
        if (message.writtenBy(botAttendantId)) {
            return "Assistente virtual";
        }
        String name = UntrustedText.truncate(UntrustedText.defuse(UntrustedText.oneLine(message.authorName())), 60,
                "…");
        return name.isEmpty() ? "Atendente" : "Atendente " + name;
    }

    private String fit(List<String> lines) {
        int total = 0;
        for (String line : lines) {
            total += line.length() + 1;
        }
        if (total - 1 <= charBudget) {
            return String.join("\n", lines);
        }
        int budget = charBudget - OMITTED.length() - 1;
        Deque<String> kept = new ArrayDeque<>();
        int used = 0;
        for (int i = lines.size() - 1; i >= 0; i--) {
            String line = lines.get(i);
            int cost = line.length() + (kept.isEmpty() ? 0 : 1);
            if (used + cost > budget) {
                if (kept.isEmpty()) {
                    kept.addFirst(cut(line, budget));
                }
                break;
            }
            kept.addFirst(line);
            used += cost;
        }
        boolean omitted = kept.size() < lines.size();
        return (omitted ? OMITTED + "\n" : "") + String.join("\n", kept);
    }

    private static String cut(String line, int budget) {
        String head = line.substring(0, Math.max(0, budget - CUT.length()));
        if (!head.isEmpty() && Character.isHighSurrogate(head.charAt(head.length() - 1))) {
            head = head.substring(0, head.length() - 1);
        }
        return head + CUT;
    }
}
