package com.respondo.replies.policy;

import java.util.ArrayList;
import java.util.List;
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
 * The tenant's lists a reply step needs, each asked of TempBox at most once per partition execution and only when
 * first needed (so a partition without items makes no call): the canned messages ({@code ListarMensagensPadrao}), the
 * free agenda slots ({@code ListarDiasHorariosAtendentesAgendaDisponivel}) and the bot's human team mates
 * ({@code ListarHashesOutrosHumanosEquipesAtendente}). Rows without their id are left out; a canned message of
 * {@code Plataforma} 0 is for every channel. A list that cannot be read
 * fails the step ({@link TenantListException}) rather than every item.
 */
public final class TenantListCache {

    private final Once<List<CannedMessage>> canned;

    private final Once<List<AgendaSlot>> agenda;

    private final Once<List<String>> humans;

    public TenantListCache(TempBoxClient client, Tenant tenant) {
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

    /** The company's canned messages. */
    List<CannedMessage> canned() {
        return canned.get();
    }

    /** The free agenda slots of the bot's related attendants. */
    public List<AgendaSlot> agenda() {
        return agenda.get();
    }

    /** The human attendants of the bot's teams. */
    public List<String> humans() {
        return humans.get();
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
