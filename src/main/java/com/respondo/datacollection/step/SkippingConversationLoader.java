package com.respondo.datacollection.step;

import java.util.List;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.Message;
import com.respondo.conversation.UnusableItemException;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.TempBoxRejectedException;
import com.respondo.tempbox.TempBoxResponseException;
import com.respondo.tempbox.Tenant;

/**
 * Reads a conversation's messages through the one TempBox mapper ({@link ConversationLoader}) into the domain's
 * {@link Conversation}. A conversation TempBox cannot serve readably (a 4xx, an unreadable answer, a message without
 * id, author kind or date) is skipped; TempBox being unavailable or refusing the token fails the step.
 */
final class SkippingConversationLoader {

    private final TempBoxClient client;

    SkippingConversationLoader(TempBoxClient client) {
        this.client = client;
    }

    Conversation load(Tenant tenant, Candidate candidate) {
        List<Message> messages;
        try {
            messages = new ConversationLoader(client, tenant).messages(candidate.atendimento());
        }
        catch (TempBoxRejectedException | TempBoxResponseException ex) {
            throw skipped(candidate, ex);
        }
        catch (UnusableItemException ex) {
            throw new ConversationSkippedException(candidate.atendimento(),
                    "ListarMensagensAtendimento: " + ex.getMessage());
        }
        return new Conversation(tenant.id(), candidate.atendimento(), candidate.hash() == null ? "" : candidate.hash(),
                null, false, null, candidate.customerName(), messages);
    }

    private static ConversationSkippedException skipped(Candidate candidate, TempBoxException ex) {
        return new ConversationSkippedException(candidate.atendimento(),
                "TempBox " + ex.operation() + " failed: " + ex.summary());
    }
}
