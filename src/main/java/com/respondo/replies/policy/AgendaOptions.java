package com.respondo.replies.policy;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import com.respondo.conversation.PtBr;

/**
 * The free agenda slots offered to the AI for scheduling, numbered from 1: only future ones, earliest first, one per
 * start time, at most a configured number. The prompt shows this numbering and the AI's {@code slot} reads it.
 */
public final class AgendaOptions {

    private final List<AgendaSlot> slots;

    private AgendaOptions(List<AgendaSlot> slots) {
        this.slots = List.copyOf(slots);
    }

    /** The offered slots among the free ones: after {@code now}, earliest first, distinct start times, at most max. */
    public static AgendaOptions of(List<AgendaSlot> free, Instant now, int max) {
        List<AgendaSlot> future = new ArrayList<>();
        for (AgendaSlot slot : free) {
            if (slot.at().isAfter(now)) {
                future.add(slot);
            }
        }
        future.sort(Comparator.comparing(AgendaSlot::at).thenComparing(AgendaSlot::attendantId));
        List<AgendaSlot> offered = new ArrayList<>();
        for (AgendaSlot slot : future) {
            boolean newTime = offered.isEmpty() || !offered.get(offered.size() - 1).at().equals(slot.at());
            if (newTime && offered.size() < max) {
                offered.add(slot);
            }
        }
        return new AgendaOptions(offered);
    }

    /** No slot to offer. */
    public static AgendaOptions none() {
        return new AgendaOptions(List.of());
    }

    /** The offered slots in their numbered order. */
    public List<AgendaSlot> slots() {
        return slots;
    }

    /** The slot of a 1-based number, empty when out of range. */
    public Optional<AgendaSlot> slot(int number) {
        return number >= 1 && number <= slots.size() ? Optional.of(slots.get(number - 1)) : Optional.empty();
    }

    /** "1. sex 29/11 às 10:00" lines in the zone; a fixed sentence when there are none. */
    public String numbered(ZoneId zone) {
        if (slots.isEmpty()) {
            return "(nenhum horário disponível)";
        }
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < slots.size(); i++) {
            list.append(i == 0 ? "" : "\n").append(i + 1).append(". ").append(PtBr.slot(slots.get(i).at(), zone));
        }
        return list.toString();
    }

    /** How the slot reads in pt-BR, e.g. "sex 29/11 às 10:00". */
    public static String describe(AgendaSlot slot, ZoneId zone) {
        return PtBr.slot(slot.at(), zone);
    }
}
