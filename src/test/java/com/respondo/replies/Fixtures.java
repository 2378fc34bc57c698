package com.respondo.replies;

import static com.respondo.testsupport.TestZones.SAO_PAULO;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** Shared test data: a tenant, a fixed clock (Friday 29/11/2024 14:05 in São Paulo) and a conversation builder. */
final class Fixtures {

    static final Instant NOW = ZonedDateTime.of(2024, 11, 29, 14, 5, 0, 0, SAO_PAULO).toInstant();
    static final Clock CLOCK = Clock.fixed(NOW, SAO_PAULO);
    static final String BOT = "B0B00000-0000-0000-0000-000000000001";
    static final String ANA = "A0A00000-0000-0000-0000-000000000002";
    static final String CARLOS = "C0C00000-0000-0000-0000-000000000003";
    static final int WHATSAPP = 1;

    private Fixtures() {
    }

    static Clock clockAt(int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(2024, 11, 29, hour, minute, 0, 0, SAO_PAULO).toInstant(), SAO_PAULO);
    }

    /** A clock fixed at a moment in São Paulo. */
    static Clock clockAt(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SAO_PAULO).toInstant(), SAO_PAULO);
    }

    static BusinessHours hours() {
        return BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0))
                .with(DayOfWeek.SATURDAY, new BusinessHours.OpeningHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }

    static TenantProfile tenant() {
        return tenant(List.of());
    }

    static TenantProfile tenant(List<String> handoffAttendants) {
        return new TenantProfile("loja-aurora", "Loja Aurora", BOT,
                "Vendemos roupas femininas. Trocas em até 30 dias com nota fiscal.", hours(), handoffAttendants,
                Channels.defaults());
    }

    static List<CannedMessage> canned() {
        return List.of(
                new CannedMessage("c-hours", "h1",
                        "Nosso horário de funcionamento é de segunda a sexta, das 8h às 18h, e sábado das 9h às 13h."),
                new CannedMessage("c-exchange", "h2",
                        "Para trocas, traga o produto com a nota fiscal em até 30 dias em qualquer loja."),
                new CannedMessage("c-delivery", "h3",
                        "Entregamos em todo o Brasil. O prazo de entrega aparece no carrinho depois de informar o CEP."));
    }

    static Builder conversation() {
        return new Builder();
    }

    /** Builds conversations message by message; times count back from the fixed clock. */
    static final class Builder {

        private final List<Message> messages = new ArrayList<>();
        private @Nullable String owner = BOT;
        private boolean closed;
        private @Nullable Integer plataforma = WHATSAPP;
        private @Nullable String customerName = "Maria Souza";

        Builder owner(@Nullable String owner) {
            this.owner = owner;
            return this;
        }

        Builder closed() {
            this.closed = true;
            return this;
        }

        Builder plataforma(@Nullable Integer plataforma) {
            this.plataforma = plataforma;
            return this;
        }

        Builder customerName(@Nullable String name) {
            this.customerName = name;
            return this;
        }

        Builder customer(String text, int minutesAgo) {
            return customerAt(text, NOW.minusSeconds(minutesAgo * 60L));
        }

        Builder customerAt(String text, Instant at) {
            messages.add(Message.fromCustomer("m" + (messages.size() + 1), "Maria", text, at));
            return this;
        }

        Builder bot(String text, int minutesAgo) {
            messages.add(Message.fromAttendant("m" + (messages.size() + 1), BOT, "Respondo", text,
                    NOW.minusSeconds(minutesAgo * 60L)));
            return this;
        }

        Builder human(String text, int minutesAgo) {
            messages.add(Message.fromAttendant("m" + (messages.size() + 1), ANA, "Ana", text,
                    NOW.minusSeconds(minutesAgo * 60L)));
            return this;
        }

        Conversation build() {
            return new Conversation("loja-aurora", "at-1", "hash-1", owner, closed, plataforma, customerName, messages);
        }
    }
}
