package com.respondo.conversation;

import java.time.Instant;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One message of a conversation (TempBox's AtendimentoMensagem), as the decision reads it.
 *
 * @param id the message id ({@code AtendimentoMensagem})
 * @param fromCustomer true when the customer wrote it ({@code MensagemAtendente} 0), false for an attendant
 * @param attendantId the author attendant ({@code AtendenteHash}) when an attendant wrote it, else null
 * @param authorName the display name of the author ({@code AutorMensagem}), possibly empty
 * @param text the text ({@code Mensagem}), possibly empty
 * @param at when it was written ({@code Cadastro})
 */
public record Message(String id, boolean fromCustomer, @Nullable String attendantId, String authorName, String text,
        Instant at) {

    public Message {
        Objects.requireNonNull(id, "id");
        authorName = authorName == null ? "" : authorName;
        text = text == null ? "" : text;
        Objects.requireNonNull(at, "at");
    }

    /** A message written by the customer. */
    public static Message fromCustomer(String id, String authorName, String text, Instant at) {
        return new Message(id, true, null, authorName, text, at);
    }

    /** A message written by an attendant (human or bot). */
    public static Message fromAttendant(String id, String attendantId, String authorName, String text, Instant at) {
        return new Message(id, false, attendantId, authorName, text, at);
    }

    /**
     * Whether a human attendant wrote this message: an attendant known by its {@code AtendenteHash} that is not the
     * given bot (a message without one is not taken for a person's).
     */
    public boolean writtenByHuman(String botAttendantId) {
        return !fromCustomer && attendantId != null && !attendantId.isBlank() && !Ids.same(attendantId, botAttendantId);
    }

    /** Whether the given attendant (e.g. the tenant's bot) wrote this message. */
    public boolean writtenBy(String attendant) {
        return !fromCustomer && Ids.same(attendantId, attendant);
    }
}
