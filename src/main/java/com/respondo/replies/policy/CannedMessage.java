package com.respondo.replies.policy;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One of the company's pre-approved messages (TempBox's MensagemPadrao, from {@code ListarMensagensPadrao}).
 *
 * @param id its id ({@code AtendimentoMensagemPadrao})
 * @param hash its {@code Hash}
 * @param text the text sent to the customer ({@code Titulo})
 * @param plataforma the only channel it is meant for ({@code Plataforma}), or null for every channel
 * @param shortcut the company's number for it ({@code TituloAbreviado}), e.g. the digit of its menu, or null
 */
public record CannedMessage(String id, String hash, String text, @Nullable Integer plataforma,
        @Nullable Long shortcut) {

    public CannedMessage {
        Objects.requireNonNull(id, "id");
        hash = hash == null ? "" : hash;
        text = text == null ? "" : text;
    }

    /** A canned message for every channel, without a shortcut number. */
    public CannedMessage(String id, String hash, String text) {
        this(id, hash, text, null, null);
    }
}
