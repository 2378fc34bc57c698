package com.respondo.replies.policy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.respondo.tempbox.AttendantHash;
import com.respondo.tempbox.HorarioDisponivel;
import com.respondo.tempbox.ListarDiasHorariosAtendentesAgendaDisponivelRequest;
import com.respondo.tempbox.ListarHashesOutrosHumanosEquipesAtendenteRequest;
import com.respondo.tempbox.ListarMensagensPadraoRequest;
import com.respondo.tempbox.MensagemPadrao;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;

import static com.respondo.conversation.ConversationLoader.blankToNull;

/**
 * The tenant's lists the reply and follow-up steps need, asked of TempBox only when first needed (so a run without
 * items makes no call) and then kept for the tenant across runs: the canned messages ({@code ListarMensagensPadrao})
 * and the bot's human team mates ({@code ListarHashesOutrosHumanosEquipesAtendente}) for {@code list-cache-ttl}, the
 * free agenda slots ({@code ListarDiasHorariosAtendentesAgendaDisponivel}) for the shorter {@code agenda-cache-ttl}
 * (a slot offered or booked must still be free). Within one job execution a list read by that execution is kept
 * whatever its age, so that the steps and partitions of a run see the same lists (a TTL of zero: once per run, as
 * before). The tenant's agenda is dropped as soon as Respondo books a slot itself ({@link #agendaChanged()}), so the
 * next use reads it again. The lists are shared through {@link Shared}; a step outside a job execution keeps its own.
 * Rows without their id are left out; a canned message of {@code Plataforma} 0 is for every channel. A list that
 * cannot be read fails the step ({@link TenantListException}) rather than every item, and is not kept.
 */
public final class TenantListCache {

    /** How long the lists of a cache of its own are kept: as long as it lives. */
    private static final Duration OWN = Duration.ofDays(36_500);

    private final Tenant tenant;

    private final Supplier<Lists> create;

    private final Shared shared;

    private final Supplier<@Nullable Long> runId;

    private @Nullable Lists own;

    /** The lists of one user alone (a preview): each read once, kept as long as this cache. */
    public TenantListCache(TempBoxClient client, Tenant tenant) {
        this(client, tenant, new Shared(Clock.systemUTC(), OWN, OWN), () -> null);
    }

    /**
     * The tenant's lists kept in {@code shared}, the job execution {@code runId} names (null outside one) reusing
     * whatever it read itself.
     */
    public TenantListCache(TempBoxClient client, Tenant tenant, Shared shared, Supplier<@Nullable Long> runId) {
        this.tenant = tenant;
        this.shared = shared;
        this.runId = runId;
        this.create = () -> new Lists(client, tenant, shared);
    }

    /** The company's canned messages. */
    List<CannedMessage> canned() {
        return lists().canned.get(runId.get());
    }

    /** The free agenda slots of the bot's related attendants. */
    public List<AgendaSlot> agenda() {
        return lists().agenda.get(runId.get());
    }

    /** The human attendants of the bot's teams. */
    public List<String> humans() {
        return lists().humans.get(runId.get());
    }

    /** Respondo booked (or may have booked) a slot of the tenant's agenda: the next use reads it again. */
    public void agendaChanged() {
        lists().agenda.drop();
    }

    private Lists lists() {
        if (runId.get() != null) {
            return shared.lists(tenant.id(), create);
        }
        synchronized (this) {
            if (own == null) {
                own = create.get();
            }
            return own;
        }
    }

    private static List<CannedMessage> canned(List<MensagemPadrao> rows) {
        List<CannedMessage> canned = new ArrayList<>(rows.size());
        for (MensagemPadrao row : rows) {
            String id = blankToNull(row.atendimentoMensagemPadrao());
            if (id != null) {
                canned.add(new CannedMessage(id, row.hash(), row.titulo(), channel(row.plataforma()),
                        row.tituloAbreviado()));
            }
        }
        return List.copyOf(canned);
    }

    /** A canned message's channel: codes start at 1, so 0 (what TempBox's lists use) means every channel. */
    private static @Nullable Integer channel(@Nullable Integer plataforma) {
        return (plataforma != null && plataforma > 0) ? plataforma : null;
    }

    private static List<AgendaSlot> slots(List<HorarioDisponivel> rows) {
        List<AgendaSlot> slots = new ArrayList<>(rows.size());
        for (HorarioDisponivel row : rows) {
            String attendant = blankToNull(row.usuario());
            if (row.data() != null && attendant != null) {
                slots.add(new AgendaSlot(row.data(), attendant));
            }
        }
        return List.copyOf(slots);
    }

    private static List<String> hashes(List<AttendantHash> rows) {
        List<String> hashes = new ArrayList<>(rows.size());
        for (AttendantHash row : rows) {
            String hash = blankToNull(row.hash());
            if (hash != null) {
                hashes.add(hash);
            }
        }
        return List.copyOf(hashes);
    }

    /** The three lists of one tenant, each read on first use. */
    private static final class Lists {

        private final Kept<List<CannedMessage>> canned;

        private final Kept<List<AgendaSlot>> agenda;

        private final Kept<List<String>> humans;

        Lists(TempBoxClient client, Tenant tenant, Shared shared) {
            this.canned = new Kept<>("ListarMensagensPadrao", tenant, shared.clock, shared.listTtl, () -> canned(
                    client.listarMensagensPadrao(tenant, new ListarMensagensPadraoRequest(tenant.empresa()))));
            this.agenda = new Kept<>("ListarDiasHorariosAtendentesAgendaDisponivel", tenant, shared.clock,
                    shared.agendaTtl, () -> slots(client.listarDiasHorariosAtendentesAgendaDisponivel(tenant,
                            new ListarDiasHorariosAtendentesAgendaDisponivelRequest(tenant.atendente(),
                                    tenant.empresa()))));
            this.humans = new Kept<>("ListarHashesOutrosHumanosEquipesAtendente", tenant, shared.clock,
                    shared.listTtl, () -> hashes(client.listarHashesOutrosHumanosEquipesAtendente(tenant,
                            new ListarHashesOutrosHumanosEquipesAtendenteRequest(tenant.atendente()))));
        }
    }

    /**
     * The tenants' lists, shared by the steps of every run (one instance for the application, one entry per tenant).
     *
     * @param clock what "how old" is measured with
     * @param listTtl how long the canned messages and the team mates are kept
     * @param agendaTtl how long the agenda's free slots are kept
     */
    public static final class Shared {

        private final Clock clock;

        private final Duration listTtl;

        private final Duration agendaTtl;

        private final Map<String, Lists> byTenant = new ConcurrentHashMap<>();

        public Shared(Clock clock, Duration listTtl, Duration agendaTtl) {
            if (listTtl.isNegative() || agendaTtl.isNegative()) {
                throw new IllegalArgumentException("list and agenda cache TTLs must not be negative");
            }
            this.clock = clock;
            this.listTtl = listTtl;
            this.agendaTtl = agendaTtl;
        }

        /** Forgets every tenant's lists, so that each is read again when next needed (a sandbox reset). */
        public void clear() {
            byTenant.clear();
        }

        Lists lists(String tenantId, Supplier<Lists> create) {
            return byTenant.computeIfAbsent(tenantId, id -> create.get());
        }
    }

    /**
     * A list read on first use and kept while younger than its TTL, or for the rest of the run that read it; a failed
     * read is not kept, and fails the step. Callers wanting it at once wait for one read.
     */
    private static final class Kept<T> {

        private final String operation;

        private final Tenant tenant;

        private final Clock clock;

        private final Duration ttl;

        private final Supplier<T> loader;

        private @Nullable T value;

        private @Nullable Instant readAt;

        private @Nullable Long readBy;

        Kept(String operation, Tenant tenant, Clock clock, Duration ttl, Supplier<T> loader) {
            this.operation = operation;
            this.tenant = tenant;
            this.clock = clock;
            this.ttl = ttl;
            this.loader = loader;
        }

        synchronized T get(@Nullable Long run) {
            Instant now = clock.instant();
            if (value == null || readAt == null || !(sameRun(run) || young(now))) {
                try {
                    value = loader.get();
                }
                catch (TempBoxException ex) {
                    value = null;
                    throw new TenantListException("TempBox " + operation + " for tenant '" + tenant.id() + "': "
                            + ex.summary(), ex);
                }
                readAt = now;
                readBy = run;
            }
            return value;
        }

        synchronized void drop() {
            value = null;
            readAt = null;
            readBy = null;
        }

        /** Read less than the TTL ago (a clock set back, as tests do, makes it old). */
        private boolean young(Instant now) {
            return readAt != null && !now.isBefore(readAt) && now.isBefore(readAt.plus(ttl));
        }

        private boolean sameRun(@Nullable Long run) {
            return run != null && run.equals(readBy);
        }
    }

    /** A tenant-wide list could not be read: the step fails, naming the operation and the tenant. */
    public static final class TenantListException extends RuntimeException {

        TenantListException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
