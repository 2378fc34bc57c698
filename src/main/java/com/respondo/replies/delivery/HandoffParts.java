package com.respondo.replies.delivery;

import java.util.Objects;

/**
 * What a hand-off does besides its text and forward: whom it goes to in turn, the return reserved outside business
 * hours, and the note left for the person taking over.
 */
public record HandoffParts(HandoffTeam team, ReturnScheduling returns, HandoffDossier dossier) {

    public HandoffParts {
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(returns, "returns");
        Objects.requireNonNull(dossier, "dossier");
    }
}
