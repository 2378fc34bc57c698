package com.respondo.replay;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;

/**
 * A past conversation cut into its customer turns: each burst of customer messages, the conversation as it stood
 * when the burst ended (its messages up to there, owned by whoever had joined: a human who had written, else the bot
 * that had, else nobody), and who answered it then.
 */
final class History {

    static final String BOT = "bot";

    static final String HUMAN = "human";

    static final String NOBODY = "nobody";

    private History() {
    }

    /**
     * One customer turn.
     *
     * @param before the conversation as it stood when the turn's newest message was written
     * @param newest that message
     * @param customer the turn's text
     * @param actual who answered: {@link #BOT}, {@link #HUMAN} or {@link #NOBODY}
     * @param actualText what they wrote first, when someone answered
     */
    record Turn(Conversation before, Message newest, String customer, String actual, @Nullable String actualText) {
    }

    /** The turns of the conversation whose newest message was written in {@code [from, to)}, oldest first. */
    static List<Turn> turns(Conversation conversation, String botId, Instant from, Instant to) {
        List<Message> messages = conversation.messages();
        List<Turn> turns = new ArrayList<>();
        int i = 0;
        while (i < messages.size()) {
            if (!messages.get(i).fromCustomer()) {
                i++;
                continue;
            }
            int start = i;
            while (i < messages.size() && messages.get(i).fromCustomer()) {
                i++;
            }
            Message newest = messages.get(i - 1);
            if (newest.at().isBefore(from) || !newest.at().isBefore(to)) {
                continue;
            }
            List<Message> upTo = messages.subList(0, i);
            String customer = String.join("\n", messages.subList(start, i).stream().map(Message::text).toList());
            Message answer = i < messages.size() ? messages.get(i) : null;
            String actual = answer == null ? NOBODY : answer.writtenBy(botId) ? BOT : HUMAN;
            turns.add(new Turn(asItStood(conversation, upTo, botId), newest, customer, actual,
                    answer == null ? null : answer.text()));
        }
        return turns;
    }

    private static Conversation asItStood(Conversation conversation, List<Message> upTo, String botId) {
        String owner = null;
        for (Message message : upTo) {
            if (message.writtenByHuman(botId)) {
                owner = message.attendantId();
            }
            else if (owner == null && message.writtenBy(botId)) {
                owner = botId;
            }
        }
        return new Conversation(conversation.tenantId(), conversation.atendimentoId(), conversation.hash(), owner,
                false, conversation.plataforma(), conversation.customerName(), upTo);
    }
}
