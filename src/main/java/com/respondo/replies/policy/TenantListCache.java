package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * The tenant's lists a reply step needs, each asked of TempBox at most once per job execution and only when first
 * needed (so a run without items makes no call): the canned messages ({@code ListarMensagensPadrao}), the free
 * agenda slots ({@code ListarDiasHorariosAtendentesAgendaDisponivel}) and the bot's human team mates
 * ({@code ListarHashesOutrosHumanosEquipesAtendente}). The steps and partitions of one execution share them through
 * {@link PerRun} (a step outside a job execution keeps its own). Rows without their id are left out; a canned message
 * of {@code Plataforma} 0 is for every channel. A list that cannot be read fails the step
 * ({@link TenantListException}) rather than every item.
 */
public final class TenantListCache {

    private final Tenant tenant;

    private final Supplier<Lists> create;

    private final PerRun shared;

    private final Supplier<@Nullable Long> runId;

    private @Nullable Lists own;

    /** The lists of one step run alone. */
    public TenantListCache(TempBoxClient client, Tenant tenant) {
        this(client, tenant, new PerRun(), () -> null);
    }

    /**
     * The lists of the job execution {@code runId} names when the step reads them, shared with the other steps and
     * partitions of that execution through {@code shared}.
     */
    public TenantListCache(TempBoxClient client, Tenant tenant, PerRun shared, Supplier<@Nullable Long> runId) {
        this.tenant = tenant;
        this.shared = shared;
        this.runId = runId;
        this.create = () -> new Lists(client, tenant);
    }

    /** The company's canned messages. */
    List<CannedMessage> canned() {
        return lists().canned.get();
    }

    /** The free agenda slots of the bot's related attendants. */
    public List<AgendaSlot> agenda() {
        return lists().agenda.get();
    }

    /** The human attendants of the bot's teams. */
    public List<String> humans() {
        return lists().humans.get();
    }

    private Lists lists() {
        Long run = runId.get();
        if (run != null) {
            return shared.lists(tenant.id() + '/' + run, create);
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

        private final Once<List<CannedMessage>> canned;

        private final Once<List<AgendaSlot>> agenda;

        private final Once<List<String>> humans;

        Lists(TempBoxClient client, Tenant tenant) {
            this.canned = new Once<>("ListarMensagensPadrao", tenant, () -> canned(
                    client.listarMensagensPadrao(tenant, new ListarMensagensPadraoRequest(tenant.empresa()))));
            this.agenda = new Once<>("ListarDiasHorariosAtendentesAgendaDisponivel", tenant,
                    () -> slots(client.listarDiasHorariosAtendentesAgendaDisponivel(tenant,
                            new ListarDiasHorariosAtendentesAgendaDisponivelRequest(tenant.atendente(),
                                    tenant.empresa()))));
            this.humans = new Once<>("ListarHashesOutrosHumanosEquipesAtendente", tenant,
                    () -> hashes(client.listarHashesOutrosHumanosEquipesAtendente(tenant,
                            new ListarHashesOutrosHumanosEquipesAtendenteRequest(tenant.atendente()))));
        }
    }

    /**
     * The tenants' lists of the latest job executions, shared by the reply steps (one instance for the application);
     * the lists of the oldest executions are dropped beyond a few dozen.
     */
    public static final class PerRun {

        private static final int RUNS = 64;

        private final Map<String, Lists> byRunAndTenant = new LinkedHashMap<>();

        synchronized Lists lists(String key, Supplier<Lists> create) {
            Lists lists = byRunAndTenant.get(key);
            if (lists == null) {
                lists = create.get();
                byRunAndTenant.put(key, lists);
                Iterator<String> oldest = byRunAndTenant.keySet().iterator();
                while (byRunAndTenant.size() > RUNS) {
                    oldest.next();
                    oldest.remove();
                }
            }
            return lists;
        }
    }

    /** A list read on first use and kept; a failed read is not kept, and fails the step. */
    private static final class Once<T> {

        private final String operation;

        private final Tenant tenant;

        private final Supplier<T> loader;

        private @Nullable T value;

        Once(String operation, Tenant tenant, Supplier<T> loader) {
            this.operation = operation;
            this.tenant = tenant;
            this.loader = loader;
        }

        synchronized T get() {
            if (value == null) {
                try {
                    value = loader.get();
                }
                catch (TempBoxException ex) {
                    throw new TenantListException("TempBox " + operation + " for tenant '" + tenant.id() + "': "
                            + ex.summary(), ex);
                }
            }
            return value;
        }
    }

    /** A tenant-wide list could not be read: the step fails, naming the operation and the tenant. */
    public static final class TenantListException extends RuntimeException {

        TenantListException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
