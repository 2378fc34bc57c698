package com.respondo.replies.policy;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.respondo.conversation.Ids;
import com.respondo.conversation.TenantProfile;

/** Whom a conversation is handed to: the tenant's configured attendants first, else TempBox's list of humans. */
final class Handoffs {

    private Handoffs() {
    }

    /**
     * The first of the tenant's hand-off attendants, or when none is configured the first of the human attendants
     * TempBox lists (ListarHashesOutrosHumanosEquipesAtendente); never the bot; null leaves it to TempBox's routing.
     */
    static @Nullable String target(TenantProfile tenant, List<String> humanAttendants) {
        List<String> candidates = tenant.handoffAttendantIds().isEmpty() ? humanAttendants
                : tenant.handoffAttendantIds();
        for (String candidate : candidates) {
            if (candidate != null && !candidate.isBlank() && !Ids.same(candidate, tenant.botAttendantId())) {
                return candidate.strip();
            }
        }
        return null;
    }
}
