package com.respondo.sandbox;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Everything the sandbox remembers between calls: the companies and their conversations, the scheduled messages and
 * the record of calls. A reset replaces the whole state at once.
 */
final class SandboxState {

    private final Clock clock;
    private final Map<String, Company> byToken = new LinkedHashMap<>();
    private final Map<UUID, Company> byEmpresa = new LinkedHashMap<>();
    private final Numbering numbering = new Numbering();
    private final ScheduledMessages scheduled = new ScheduledMessages();
    private final CallRecord record;

    SandboxState(List<CompanyProfile> profiles, Clock clock, int recordCapacity) {
        this.clock = clock;
        this.record = new CallRecord(recordCapacity);
        for (CompanyProfile profile : profiles) {
            Company company = new Company(profile, numbering);
            byToken.put(profile.token(), company);
            byEmpresa.put(profile.empresa(), company);
        }
    }

    Instant now() {
        return clock.instant();
    }

    Optional<Company> byToken(String token) {
        return Optional.ofNullable(byToken.get(token));
    }

    Optional<Company> byEmpresa(UUID empresa) {
        return Optional.ofNullable(byEmpresa.get(empresa));
    }

    Company company(UUID empresa) {
        return byEmpresa(empresa).orElseThrow(() -> new IllegalArgumentException("no sandbox company " + empresa));
    }

    List<Company> companies() {
        return List.copyOf(byEmpresa.values());
    }

    /** The company that holds a conversation, searched across companies (for the control API). */
    Optional<Company> companyOf(UUID atendimento) {
        return byEmpresa.values().stream().filter(company -> company.byId(atendimento).isPresent()).findFirst();
    }

    ScheduledMessages scheduled() {
        return scheduled;
    }

    CallRecord record() {
        return record;
    }
}
