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

import com.respondo.conversation.BusinessHours;
import com.respondo.conversation.Channels;
import com.respondo.conversation.Conversation;
import com.respondo.conversation.Message;
import com.respondo.conversation.TenantProfile;
import com.respondo.replies.policy.CannedMessage;

/** Shared test data: a tenant, a fixed clock (Friday 29/11/2024 14:05 in São Paulo) and a conversation builder. */
public final class Fixtures {

    public static final Instant NOW = ZonedDateTime.of(2024, 11, 29, 14, 5, 0, 0, SAO_PAULO).toInstant();
    public static final Clock CLOCK = Clock.fixed(NOW, SAO_PAULO);
    public static final String BOT = "B0B00000-0000-0000-0000-000000000001";
    public static final String ANA = "A0A00000-0000-0000-0000-000000000002";
    public static final String CARLOS = "C0C00000-0000-0000-0000-000000000003";
    public static final int WHATSAPP = 1;

    private Fixtures() {
    }

    public static Clock clockAt(int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(2024, 11, 29, hour, minute, 0, 0, SAO_PAULO).toInstant(), SAO_PAULO);
    }

    /** A clock fixed at a moment in São Paulo. */
    public static Clock clockAt(int year, int month, int day, int hour, int minute) {
        return Clock.fixed(ZonedDateTime.of(year, month, day, hour, minute, 0, 0, SAO_PAULO).toInstant(), SAO_PAULO);
    }

    public static BusinessHours hours() {
        return BusinessHours.weekdays(SAO_PAULO, LocalTime.of(8, 0), LocalTime.of(18, 0))
                .with(DayOfWeek.SATURDAY, new BusinessHours.OpeningHours(LocalTime.of(9, 0), LocalTime.of(13, 0)));
    }

    public static TenantProfile tenant() {
        return tenant(List.of());
    }

    public static TenantProfile tenant(List<String> handoffAttendants) {
        return new TenantProfile("loja-aurora", "Loja Aurora", BOT,
                "Vendemos roupas femininas. Trocas em até 30 dias com nota fiscal.", hours(), handoffAttendants,
                Channels.defaults());
    }

    public static List<CannedMessage> canned() {
        return List.of(
                new CannedMessage("c-hours", "h1",
                        "Nosso horário de funcionamento é de segunda a sexta, das 8h às 18h, e sábado das 9h às 13h."),
                new CannedMessage("c-exchange", "h2",
                        "Para trocas, traga o produto com a nota fiscal em até 30 dias em qualquer loja."),
                new CannedMessage("c-delivery", "h3",
                        "Entregamos em todo o Brasil. O prazo de entrega aparece no carrinho depois de informar o CEP."));
    }

    public static Builder conversation() {
        return new Builder();
    }

    /** Builds conversations message by message; times count back from the fixed clock. */
    public static final class Builder {

        private final List<Message> messages = new ArrayList<>();
        private @Nullable String owner = BOT;
        private boolean closed;
        private @Nullable Integer plataforma = WHATSAPP;
        private @Nullable String customerName = "Maria Souza";

        public Builder owner(@Nullable String owner) {
            this.owner = owner;
            return this;
        }

        public Builder closed() {
            this.closed = true;
            return this;
        }

        public Builder plataforma(@Nullable Integer plataforma) {
            this.plataforma = plataforma;
            return this;
        }

        public Builder customerName(@Nullable String name) {
            this.customerName = name;
            return this;
        }

        public Builder customer(String text, int minutesAgo) {
            return customerAt(text, NOW.minusSeconds(minutesAgo * 60L));
        }

        public Builder customerAt(String text, Instant at) {
            messages.add(Message.fromCustomer("m" + (messages.size() + 1), "Maria", text, at));
            return this;
        }

        public Builder bot(String text, int minutesAgo) {
            messages.add(Message.fromAttendant("m" + (messages.size() + 1), BOT, "Respondo", text,
                    NOW.minusSeconds(minutesAgo * 60L)));
            return this;
        }

        public Builder human(String text, int minutesAgo) {
            messages.add(Message.fromAttendant("m" + (messages.size() + 1), ANA, "Ana", text,
                    NOW.minusSeconds(minutesAgo * 60L)));
            return this;
        }

        public Conversation build() {
            return new Conversation("loja-aurora", "at-1", "hash-1", owner, closed, plataforma, customerName, messages);
        }
    }
}
