package com.respondo.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The operations about the company rather than one conversation: its occurrences (Acompanhar), attendants' free
 * agenda slots, the attendants of a team, and the canned messages.
 */
final class CompanyLists implements Answer.Operations {

    private static final int AGENDA_DAYS = 7;
    private static final Duration AGENDA_NOTICE = Duration.ofMinutes(30);

    private final WireFormat wire;

    CompanyLists(WireFormat wire) {
        this.wire = wire;
    }

    @Override
    public void register(Map<Operation, Answer.Handler> handlers) {
        handlers.put(Operation.Acompanhar, this::acompanhar);
        handlers.put(Operation.ListarDiasHorariosAtendentesAgendaDisponivel, this::agenda);
        handlers.put(Operation.ListarHashesOutrosAtendentesEquipesAtendente, call -> teamMates(call, false));
        handlers.put(Operation.ListarHashesOutrosHumanosEquipesAtendente, call -> teamMates(call, true));
        handlers.put(Operation.ListarMensagensPadrao, this::listarMensagensPadrao);
    }

    /** The company's occurrences, newest first; Cadastro as {@code yyyy-MM-dd HH:mm:ss}. */
    private Answer acompanhar(Call call) {
        List<Occurrence> occurrences = new ArrayList<>(call.company().occurrences());
        java.util.Collections.reverse(occurrences);
        List<Row> data = new ArrayList<>();
        for (int index = 0; index < occurrences.size(); index++) {
            Occurrence o = occurrences.get(index);
            data.add(new Row()
                .with("Alteracao", wire.dateTime(o.cadastro()))
                .with("AlteracaoNome", wire.brazilian(o.cadastro()))
                .with("Autonumeracao", o.autonumeracao())
                .with("Cadastro", wire.spaced(o.cadastro()))
                .with("CadastroNome", wire.brazilian(o.cadastro()))
                .with("Categoria", o.categoria())
                .with("CategoriaTitulo", o.categoriaTitulo())
                .with("CodigoStatus", 200)
                .with("Empresa", call.company().empresa())
                .with("EmpresaTitulo", call.profile().name())
                .with("LogOcorrencia", o.id())
                .with("MensagemLog", o.mensagem())
                .with("Nome", o.nome())
                .with("Referente", o.referente())
                .with("Sequencial", index + 1)
                .with("Tabela", "Atendimento"));
        }
        return Answer.of(data);
    }

    /**
     * Free slots of the human attendants for the coming week: those of AtendenteRelacionado when it is a human with an
     * agenda, otherwise everyone's. A fixed pattern marks about a quarter of the slots as already booked.
     */
    private Answer agenda(Call call) {
        call.checkEmpresa();
        UUID related = call.uuid("AtendenteRelacionado");
        List<Attendant> humans = call.profile().humans();
        List<Attendant> chosen = humans.stream()
            .filter(human -> human.agenda() != null && human.id().equals(related))
            .toList();
        if (chosen.isEmpty()) {
            chosen = humans;
        }
        LocalDate today = wire.local(call.now()).toLocalDate();
        Instant earliest = call.now().plus(AGENDA_NOTICE);
        List<Slot> slots = new ArrayList<>();
        for (Attendant human : chosen) {
            Attendant.Agenda agenda = human.agenda();
            if (agenda == null) {
                continue;
            }
            int attendantIndex = humans.indexOf(human);
            for (int day = 0; day < AGENDA_DAYS; day++) {
                LocalDate date = today.plusDays(day);
                if (!agenda.weekdays().contains(date.getDayOfWeek().getValue())) {
                    continue;
                }
                for (int hour = 0; hour < agenda.hours().size(); hour++) {
                    LocalTime time = agenda.hours().get(hour);
                    Instant start = wire.instant(date.atTime(time));
                    boolean booked = (date.getDayOfYear() * 7 + hour * 3 + attendantIndex) % 4 == 0;
                    if (start.isAfter(earliest) && !booked) {
                        slots.add(new Slot(start, human.id()));
                    }
                }
            }
        }
        List<Row> data = slots.stream()
            .sorted(Comparator.comparing(Slot::start).thenComparing(Slot::attendant))
            .map(slot -> Row.of("Data", wire.dateTime(slot.start())).with("Usuario", slot.attendant()))
            .toList();
        return Answer.of(data);
    }

    /** The other attendants (or only the humans) who share a team with Atendente, as [{Hash}]. */
    private Answer teamMates(Call call, boolean humansOnly) {
        Attendant attendant = call.attendant("Atendente");
        List<Row> data = call.profile().attendants().stream()
            .filter(other -> !other.id().equals(attendant.id()))
            .filter(other -> !humansOnly || other.human())
            .filter(attendant::sharesTeamWith)
            .map(other -> Row.of("Hash", other.id()))
            .toList();
        return Answer.of(data);
    }

    private Answer listarMensagensPadrao(Call call) {
        call.checkEmpresa();
        List<Row> data = call.profile().canned().stream()
            .map(canned -> new Row()
                .with("AtendimentoMensagemPadrao", canned.id())
                .with("Hash", canned.hash())
                .with("Plataforma", canned.plataforma())
                .with("Titulo", canned.title())
                .with("TituloAbreviado", canned.shortCode()))
            .toList();
        return Answer.of(data);
    }

    private record Slot(Instant start, UUID attendant) {
    }
}
