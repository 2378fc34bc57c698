package com.respondo.datacollection.policy;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.datacollection.CollectionProgress;

/**
 * What one run collects from a conversation: the customer messages after its progress, up to the newest message the
 * reader saw (a message that arrived since is left to the next run, past its debounce), and the message the progress
 * moves to. The progress is a position in the conversation, found by message id (by time when that message is gone),
 * so messages written in the same second are neither lost nor collected twice; it never moves back.
 *
 * @param sources the customer messages to read, oldest first; empty when there is nothing new
 * @param upTo where the conversation's progress moves
 */
public record CollectionWindow(List<Message> sources, LastReadMessage upTo) {

    public CollectionWindow {
        sources = List.copyOf(sources);
    }

    /** The window of a conversation; empty when it has no messages. */
    public static Optional<CollectionWindow> of(DataCollectionPolicy policy, Conversation conversation,
            @Nullable CollectionProgress progress, String newestSeenId) {
        List<Message> messages = conversation.messages();
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        int seen = indexOf(messages, newestSeenId);
        int cutoff = seen >= 0 ? seen : messages.size() - 1;
        int mark = progress == null ? -1 : collectedUpTo(messages, progress);
        Set<String> collected = new HashSet<>();
        Set<String> inWindow = new HashSet<>();
        for (int i = 0; i < messages.size(); i++) {
            if (i <= mark) {
                collected.add(messages.get(i).id());
            }
            else if (i <= cutoff) {
                inWindow.add(messages.get(i).id());
            }
        }
        List<Message> sources = policy.uncollected(conversation, collected).stream()
            .filter(message -> inWindow.contains(message.id()))
            .toList();
        Message last = messages.get(Math.max(cutoff, mark));
        return Optional.of(new CollectionWindow(sources,
                new LastReadMessage(conversation.atendimentoId(), last.id(), last.at())));
    }

    /** The index of the last collected message: the progress message, or the last one not newer than it. */
    private static int collectedUpTo(List<Message> messages, CollectionProgress progress) {
        int index = indexOf(messages, progress.lastMessageId());
        if (index >= 0) {
            return index;
        }
        int last = -1;
        for (int i = 0; i < messages.size(); i++) {
            if (!messages.get(i).at().isAfter(progress.lastMessageAt())) {
                last = i;
            }
        }
        return last;
    }

    private static int indexOf(List<Message> messages, String id) {
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        for (int i = 0; i < messages.size(); i++) {
            if (messages.get(i).id().trim().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }
}
