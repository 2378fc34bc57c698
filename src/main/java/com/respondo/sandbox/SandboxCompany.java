package com.respondo.sandbox;

import java.util.List;
import java.util.UUID;

/**
 * A company (tenant) of the sandbox, as tests and the README need it: its GUIDs and its documented sandbox token.
 *
 * @param id the short slug, the same as the worker's tenant id (e.g. {@code loja-aurora})
 * @param empresa the company's GUID (Empresa)
 * @param name the display name
 * @param token the sandbox token that authenticates calls for this company
 * @param bot the bot attendant the worker acts as
 * @param humans the human attendants
 */
public record SandboxCompany(String id, UUID empresa, String name, String token, UUID bot, List<Human> humans) {

    /** A human attendant of a sandbox company. */
    public record Human(UUID id, String name, List<String> teams) {
    }

    @Override
    public String toString() {
        return "SandboxCompany[id=" + id + ", empresa=" + empresa + ", name=" + name + ", token=***, bot=" + bot
                + ", humans=" + humans + "]";
    }
}
