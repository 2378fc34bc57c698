package com.respondo.replies.delivery;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Ids;

/**
 * Whose turn it is to take a handed-off conversation, per tenant: the candidates (the tenant's configured hand-off
 * attendants, else TempBox's human team mates of the bot) in turn, so that one person does not get every hand-off.
 * The turns live in this instance (one per application): after a restart they begin again with the first candidate.
 */
public final class HandoffRotation {

    private final Map<String, AtomicLong> turns = new ConcurrentHashMap<>();

    /**
     * The attendant whose turn it is among the candidates, the bot and blanks left out; the planned attendant when
     * it is an explicit choice (not the first candidate, which is what a decision names by default) or when there is
     * nobody to rotate with.
     */
    @Nullable String next(String tenantId, @Nullable String planned, List<String> candidates, String botAttendantId) {
        List<String> eligible = new ArrayList<>();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && !Ids.same(candidate, botAttendantId)) {
                eligible.add(candidate.strip());
            }
        }
        if (planned == null || eligible.size() < 2 || !Ids.same(planned, eligible.get(0))) {
            return planned;
        }
        long turn = turns.computeIfAbsent(tenantId, id -> new AtomicLong()).getAndIncrement();
        return eligible.get((int) Math.floorMod(turn, (long) eligible.size()));
    }
}
