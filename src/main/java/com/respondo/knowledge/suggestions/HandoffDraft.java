package com.respondo.knowledge.suggestions;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Ids;
import com.respondo.conversation.Message;
import com.respondo.conversation.UntrustedText;
import com.respondo.privacy.PiiMasker;

/**
 * The question and answer a closed, handed-off conversation teaches: the customer's messages pending when Respondo
 * handed off (the ones since the last attendant message, up to the one the hand-off answered), and what people wrote
 * after it; each cleaned of invisible characters and PII masked. Plain Java.
 *
 * @param question the customer's question
 * @param answer the people's answer
 */
record HandoffDraft(String question, String answer) {

    /**
     * The draft, or empty while the conversation is open, when the handed-off message is not in it, or when nobody
     * but the bot answered after it.
     */
    static Optional<HandoffDraft> of(Conversation conversation, String handedOffMessageId, String botAttendantId) {
        List<Message> messages = conversation.messages();
        int handedOff = indexOf(messages, handedOffMessageId);
        if (!conversation.closed() || handedOff < 0) {
            return Optional.empty();
        }
        int firstPending = handedOff;
        while (firstPending > 0 && messages.get(firstPending - 1).fromCustomer()) {
            firstPending--;
        }
        String question = text(messages.subList(firstPending, handedOff + 1).stream()
            .filter(Message::fromCustomer)
            .toList());
        String answer = text(messages.subList(handedOff + 1, messages.size()).stream()
            .filter(message -> message.writtenByHuman(botAttendantId))
            .toList());
        return question.isEmpty() || answer.isEmpty() ? Optional.empty()
                : Optional.of(new HandoffDraft(question, answer));
    }

    private static int indexOf(List<Message> messages, String id) {
        for (int index = 0; index < messages.size(); index++) {
            if (Ids.same(messages.get(index).id(), id)) {
                return index;
            }
        }
        return -1;
    }

    private static String text(List<Message> messages) {
        return messages.stream()
            .map(message -> PiiMasker.mask(UntrustedText.clean(message.text())).strip())
            .filter(text -> !text.isEmpty())
            .collect(Collectors.joining("\n"));
    }
}
