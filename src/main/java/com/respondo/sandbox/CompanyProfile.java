package com.respondo.sandbox;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** The fixed description of a sandbox company: identity, token, attendants and canned messages. */
record CompanyProfile(String id, UUID empresa, String name, String token, List<Attendant> attendants,
        List<CannedMessage> canned) {

    CompanyProfile {
        attendants = List.copyOf(attendants);
        canned = List.copyOf(canned);
        if (attendants.stream().noneMatch(attendant -> !attendant.human())) {
            throw new IllegalArgumentException("company " + id + " has no bot attendant");
        }
    }

    Attendant bot() {
        return attendants.stream().filter(attendant -> !attendant.human()).findFirst().orElseThrow();
    }

    List<Attendant> humans() {
        return attendants.stream().filter(Attendant::human).toList();
    }

    /** The attendant with that id; empty when there is none (or no id). */
    Optional<Attendant> attendant(@Nullable UUID id) {
        return attendants.stream().filter(attendant -> attendant.id().equals(id)).findFirst();
    }

    SandboxCompany describe() {
        return new SandboxCompany(id, empresa, name, token, bot().id(),
                humans().stream().map(human -> new SandboxCompany.Human(human.id(), human.name(), human.teams())).toList());
    }

    @Override
    public String toString() {
        return "CompanyProfile[id=" + id + ", empresa=" + empresa + ", name=" + name + ", token=***]";
    }
}
