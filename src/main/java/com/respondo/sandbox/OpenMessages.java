package com.respondo.sandbox;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the sandbox answers {@code ListarMensagensEmAberto}, which the reference leaves open: one row per open
 * conversation (its newest message) or one row per message of every open conversation, and in which order. The
 * worker must read either; tests run both.
 *
 * @param form one row per conversation or per message
 * @param order the order of the rows
 */
public record OpenMessages(@DefaultValue("PER_CONVERSATION") Form form, @DefaultValue("CONVERSATION") Order order) {

    /** What one row stands for. */
    public enum Form {
        /** One row per open conversation: its newest message. */
        PER_CONVERSATION,
        /** One row per message of every open conversation, customer's and attendants' alike. */
        PER_MESSAGE
    }

    /** The order of the rows. */
    public enum Order {
        /** By the conversation's Autonumeracao, a conversation's messages oldest first (what the sandbox did alone). */
        CONVERSATION,
        /** By the row's message time ({@code Cadastro}), oldest first. */
        OLDEST_FIRST,
        /** By the row's message time ({@code Cadastro}), newest first. */
        NEWEST_FIRST
    }

    public OpenMessages {
        // null comes from JSON or configuration that leaves a field out: it means the default
        form = form == null ? Form.PER_CONVERSATION : form;
        order = order == null ? Order.CONVERSATION : order;
    }

    /** The sandbox's own form: one row per conversation, by Autonumeracao. */
    public static OpenMessages perConversation() {
        return new OpenMessages(Form.PER_CONVERSATION, Order.CONVERSATION);
    }

    /** One row per message, in the given order. */
    public static OpenMessages perMessage(Order order) {
        return new OpenMessages(Form.PER_MESSAGE, order);
    }
}
