package com.respondo.testsupport;

import com.respondo.sandbox.OpenMessages;

/**
 * The two forms of TempBox's {@code ListarMensagensEmAberto} the step tests run under, since the reference says
 * neither: one row per open conversation (its newest message), or one row per message, oldest first (the form in which
 * a conversation's first rows are its oldest messages).
 */
public enum OpenMessagesForm {

    PER_CONVERSATION(OpenMessages.perConversation()),

    PER_MESSAGE(OpenMessages.perMessage(OpenMessages.Order.OLDEST_FIRST));

    private final OpenMessages shape;

    OpenMessagesForm(OpenMessages shape) {
        this.shape = shape;
    }

    /** The sandbox setting of this form. */
    public OpenMessages shape() {
        return shape;
    }
}
