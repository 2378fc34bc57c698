package com.respondo.sandbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Builds the Data rows that describe conversations (the conversation lists, Consultar, the ownership answers) from
 * conversation views, with the reference's field names; the message lists' rows are {@link MessageRowFactory}'s.
 * <p>
 * Bits are JSON booleans, except in ListarEmAberto, which sends 0/1; dates are {@code yyyy-MM-ddTHH:mm:ss} except the
 * fields the reference types {@code string} and a few chosen ones (see {@link WireFormat}).
 */
final class ConversationRowFactory {

    private final WireFormat wire;

    ConversationRowFactory(WireFormat wire) {
        this.wire = wire;
    }

    WireFormat wire() {
        return wire;
    }

    /** A row of ListarEmAberto (and, with Concluido, of ListarMeusAtendimentos): the conversation and its newest message. */
    Row conversationListRow(CompanyProfile company, ConversationView c, Instant now, boolean withConcluido) {
        Optional<Attendant> owner = company.attendant(c.owner());
        Message newest = c.newest();
        Customer customer = c.customer();
        Row row = new Row()
            .with("AtendenteHash", c.owner())
            .with("AtendenteImagem", null)
            .with("AtendentePrimeiroNome", owner.map(Attendant::firstName).orElse(null))
            .with("AtendenteTitulo", owner.map(Attendant::name).orElse(null))
            .with("Atendimento", c.id())
            .with("AtendimentoMensagem", newest == null ? null : newest.id())
            .with("Autonumeracao", c.autonumeracao())
            .with("AutonumeracaoEmpresa", c.autonumeracaoEmpresa())
            .with("Cadastro", wire.brazilian(c.cadastro()))
            .with("ChatInterno", bit01(false))
            .with("Cidade", customer.city())
            .with("Cliente", null);
        if (withConcluido) {
            row.with("Concluido", bit01(c.concluido()));
        }
        return row
            .with("DiaMesHora", newest == null ? null : wire.dayMonthTime(newest.cadastro()))
            .with("Empresa", c.empresa())
            .with("EquipesAtendentes", owner.map(attendant -> String.join(", ", attendant.teams())).orElse(null))
            .with("Hash", c.hash())
            .with("Horario", newest == null ? null : wire.hourMinute(newest.cadastro()))
            .with("Imagem", null)
            .with("Iniciado", bit01(c.iniciado()))
            .with("InicioAtendimento", wire.brazilianShort(c.inicio()))
            .with("Mensagem", newest == null ? null : newest.text())
            .with("Momento", newest == null ? null : wire.momento(newest.cadastro(), now))
            .with("NaoLidas", c.unread())
            .with("Plataforma", c.plataforma())
            .with("PlataformaFormaContato", c.plataforma())
            .with("PlataformaFormaContatoTitulo", Channels.contactTitle(c.plataforma()))
            .with("PlataformaTitulo", Channels.title(c.plataforma()))
            .with("QtdAtendimentos", 1)
            .with("ReferenteCanal", Channels.companyAddress(company, c.plataforma()))
            .with("ReferenteCanalFormaContato", Channels.customerAddress(customer, c.plataforma()))
            .with("ReferenteSolicitante", customer.id())
            .with("ReferenteSolicitanteHash", customer.hash())
            .with("SolicitanteCor", customer.color())
            .with("SolicitanteEmail", customer.email())
            .with("SolicitanteEmpresa", null)
            .with("SolicitanteIniciais", customer.initials())
            .with("SolicitanteLocalizacao", customer.city())
            .with("SolicitanteTelefone", customer.phone())
            .with("SolicitanteTitulo", customer.name())
            .with("SolicitanteWhatsapp", c.plataforma() == Channels.WHATSAPP ? customer.phone() : null)
            .with("TagCliente", null)
            .with("TagNovo", !c.iniciado());
    }

    /** The one row of Consultar (and of Salvar's answer). */
    Row consultarRow(CompanyProfile company, ConversationView c) {
        Optional<Attendant> owner = company.attendant(c.owner());
        Optional<Attendant> responsible = company.attendant(c.responsible());
        Optional<Attendant> changedBy = company.attendant(c.alteradoPor());
        Optional<Attendant> createdBy = company.attendant(c.createdBy());
        Customer customer = c.customer();
        return new Row()
            .with("AcessoLiberado", c.acessoLiberado())
            .with("Alteracao", wire.dateTime(c.alteracao()))
            .with("Atendente", c.owner())
            .with("AtendenteDescricao", owner.map(Attendant::name).orElse(null))
            .with("Autonumeracao", c.autonumeracao())
            .with("AutonumeracaoEmpresa", c.autonumeracaoEmpresa())
            .with("Cadastro", wire.dateTime(c.cadastro()))
            .with("Categoria", c.categoria())
            .with("Concluido", c.concluido())
            .with("DataUltimaInteracaoAtendente", wire.offsetDateTime(c.lastAttendantMessage()))
            .with("DataUltimaInteracaoSolicitante", wire.offsetDateTime(c.lastCustomerMessage()))
            .with("DefinirObrigatoriamenteAtendenteHumano", false)
            .with("Empresa", c.empresa())
            .with("Hash", c.hash())
            .with("Iniciado", c.iniciado())
            .with("InicioAtendimento", wire.dateTime(c.inicio()))
            .with("Notificavel", c.notificavel())
            .with("ObservacoesAdicionais", c.observacoes())
            .with("Plataforma", c.plataforma())
            .with("PlataformaFormaContato", c.plataforma())
            .with("Privado", c.privado())
            .with("ReferenteCanal", Channels.channelId(company, c.plataforma()))
            .with("ReferenteCanalFormaContato", Channels.contactId(customer, c.plataforma()))
            .with("ReferenteResponsavel", c.responsible())
            .with("ReferenteResponsavelDescricao", responsible.map(Attendant::name).orElse(null))
            .with("ReferenteSolicitante", customer.id())
            .with("ReferenteSolicitanteDescricao", customer.name())
            .with("SolicitanteEmEspera", c.waitingForAnswer())
            .with("TerminoAtendimento", wire.dateTime(c.termino()))
            .with("Titulo", c.displayTitle())
            .with("UsuarioAlteracao", c.alteradoPor())
            .with("UsuarioAlteracaoDescricao", changedBy.map(Attendant::name).orElse(null))
            .with("UsuarioAlteracaoEmail", changedBy.map(attendant -> email(company, attendant)).orElse(null))
            .with("UsuarioCriacao", c.createdBy())
            .with("UsuarioCriacaoDescricao", createdBy.map(Attendant::name).orElse(null))
            .with("UsuarioCriacaoEmail", createdBy.map(attendant -> email(company, attendant)).orElse(null))
            .with("VirtualHtmlConversa", c.virtualHtml());
    }

    /** A row of Listar: the conversation's own columns. */
    Row listarRow(ConversationView c) {
        return new Row()
            .with("AcessoLiberado", c.acessoLiberado())
            .with("Alteracao", wire.dateTime(c.alteracao()))
            .with("Atendente", c.owner())
            .with("Autonumeracao", c.autonumeracao())
            .with("AutonumeracaoEmpresa", c.autonumeracaoEmpresa())
            .with("Cadastro", wire.dateTime(c.cadastro()))
            .with("Categoria", c.categoria())
            .with("Concluido", c.concluido())
            .with("Empresa", c.empresa())
            .with("Hash", c.hash())
            .with("Iniciado", c.iniciado())
            .with("InicioAtendimento", wire.dateTime(c.inicio()))
            .with("Notificavel", c.notificavel())
            .with("ObservacoesAdicionais", c.observacoes())
            .with("Plataforma", c.plataforma())
            .with("PlataformaFormaContato", c.plataforma())
            .with("Privado", c.privado())
            .with("ReferenteResponsavel", c.responsible())
            .with("ReferenteSolicitante", c.customer().id())
            .with("SolicitanteEmEspera", c.waitingForAnswer())
            .with("TerminoAtendimento", wire.dateTime(c.termino()))
            .with("Titulo", c.displayTitle())
            .with("UsuarioAlteracao", c.alteradoPor())
            .with("UsuarioCriacao", c.createdBy());
    }

    /** A row of ListarRecentes; Alteracao in .NET's {@code /Date(ms)/} form. */
    Row recentesRow(CompanyProfile company, ConversationView c) {
        Customer customer = c.customer();
        return new Row()
            .with("Alteracao", wire.dotNet(c.alteracao()))
            .with("Atendente", c.owner())
            .with("AtendenteTitulo", company.attendant(c.owner()).map(Attendant::name).orElse(null))
            .with("Atendimento", c.id())
            .with("Autonumeracao", c.autonumeracao())
            .with("Cadastro", wire.dateTime(c.cadastro()))
            .with("Concluido", c.concluido())
            .with("ContatoTitulo", customer.name())
            .with("DataUltimaInteracaoAtendente", wire.dateTime(c.lastAttendantMessage()))
            .with("DataUltimaInteracaoSolicitante", wire.dateTime(c.lastCustomerMessage()))
            .with("Email", customer.email())
            .with("Empresa", c.empresa())
            .with("EmpresaTitulo", company.name())
            .with("Iniciado", c.iniciado())
            .with("InicioAtendimento", wire.dateTime(c.inicio()))
            .with("Plataforma", c.plataforma())
            .with("PlataformaFormaContato", c.plataforma())
            .with("ReferenteCanal", Channels.channelId(company, c.plataforma()))
            .with("ReferenteCanalFormaContato", Channels.contactId(customer, c.plataforma()))
            .with("ReferenteSolicitante", customer.id())
            .with("SolicitanteEmEspera", c.waitingForAnswer())
            .with("TelefoneWhatsapp", c.plataforma() == Channels.WHATSAPP ? customer.phone() : null)
            .with("TerminoAtendimento", wire.dateTime(c.termino()));
    }

    /** A row of ListarRelatorioPrincipal: display strings next to their typed values. */
    Row relatorioRow(CompanyProfile company, ConversationView c) {
        Optional<Attendant> owner = company.attendant(c.owner());
        Optional<Attendant> responsible = company.attendant(c.responsible());
        Customer customer = c.customer();
        return new Row()
            .with("Atendente", owner.map(Attendant::name).orElse(null))
            .with("AtendenteHash", c.owner())
            .with("Atendimento", c.id())
            .with("AtendimentoCodigo", String.format("#%05d", c.autonumeracaoEmpresa()))
            .with("Autonumeracao", c.autonumeracao())
            .with("AutonumeracaoEmpresa", c.autonumeracaoEmpresa())
            .with("Cadastro", wire.brazilianShort(c.cadastro()))
            .with("CadastroValor", wire.dateTime(c.cadastro()))
            .with("Concluido", c.concluido() ? "Sim" : "Não")
            .with("ConcluidoValor", c.concluido())
            .with("Hash", c.hash())
            .with("Iniciado", c.iniciado() ? "Sim" : "Não")
            .with("IniciadoValor", c.iniciado())
            .with("InicioAtendimento", wire.brazilianShort(c.inicio()))
            .with("InicioAtendimentoValor", wire.dateTime(c.inicio()))
            .with("Marcadores", "")
            .with("MarcadoresHash", "")
            .with("Plataforma", Channels.title(c.plataforma()))
            .with("PlataformaConteudo", Channels.companyAddress(company, c.plataforma()))
            .with("PlataformaImagem", c.plataforma())
            .with("PlataformaLabel", c.plataforma())
            .with("ReferenteResponsavel", responsible.map(Attendant::name).orElse(null))
            .with("ReferenteResponsavelDescricao", responsible.map(attendant -> String.join(", ", attendant.teams()))
                .orElse(null))
            .with("ReferenteResponsavelHash", c.responsible())
            .with("ReferenteResponsavelTipo", responsible.map(attendant -> attendant.human() ? "Atendente" : "Bot")
                .orElse(null))
            .with("ReferenteSolicitante", customer.name())
            .with("ReferenteSolicitanteEmail", customer.email())
            .with("ReferenteSolicitanteHash", customer.hash())
            .with("TerminoAtendimento", wire.brazilianShort(c.termino()))
            .with("TerminoAtendimentoValor", wire.dateTime(c.termino()))
            .with("Titulo", c.displayTitle());
    }

    /** The one row answered by IniciarAtendimento, EncaminharAtendimento (with Titulo) and PegarAtendimento (with Concluido). */
    Row ownershipRow(ConversationView c, boolean withTitulo, boolean withConcluido) {
        Row row = new Row().with("Atendente", c.owner()).with("Atendimento", c.id());
        if (withConcluido) {
            row.with("Concluido", c.concluido());
        }
        row.with("Empresa", c.empresa())
            .with("Hash", c.hash())
            .with("Iniciado", c.iniciado())
            .with("ReferenteResponsavel", c.responsible());
        if (withTitulo) {
            row.with("Titulo", c.displayTitle());
        }
        return row;
    }

    private static int bit01(boolean value) {
        return value ? 1 : 0;
    }

    private static String email(CompanyProfile company, Attendant attendant) {
        String user = attendant.firstName().toLowerCase(java.util.Locale.ROOT)
            .replace('á', 'a').replace('í', 'i').replace('ú', 'u').replace('é', 'e');
        return user + "@" + company.id().replace("-", "") + ".com.br";
    }
}
