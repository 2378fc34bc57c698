package com.respondo.sandbox;

import java.time.Instant;
import java.util.Optional;

/**
 * Builds the Data rows of the per-message lists from conversation views and their messages, with the reference's
 * field names; the conversations' own rows are {@link ConversationRowFactory}'s.
 * <p>
 * Bits are JSON booleans, except where the reference types a field {@code int} ({@code MensagemAtendente} of the
 * message lists); dates are {@code yyyy-MM-ddTHH:mm:ss} except the fields the reference types {@code string} (see
 * {@link WireFormat}).
 */
final class MessageRowFactory {

    private final WireFormat wire;

    MessageRowFactory(WireFormat wire) {
        this.wire = wire;
    }

    /** The shapes of the per-message lists. */
    enum MessageList {
        /** ListarMensagensAtendimento. */
        ATENDIMENTO,
        /** ListarMensagensAtendimentoChat. */
        CHAT,
        /** ObterNovasMensagensChatSiteSse. */
        SSE
    }

    /** A row of the per-message lists; MensagemAtendente as 0/1 (the reference types it int there). */
    Row messageRow(CompanyProfile company, ConversationView c, Message m, Instant now, MessageList shape) {
        Optional<Attendant> author = company.attendant(m.attendant());
        Customer customer = c.customer();
        Row row = new Row()
            .with("AtendenteHash", m.attendant())
            .with("AtendenteImagem", null);
        if (shape == MessageList.ATENDIMENTO) {
            row.with("AtendenteMensagemTipoAtendenteTitulo", author.map(MessageRowFactory::kind).orElse(null));
        }
        row.with("AtendentePrimeiroNome", author.map(Attendant::firstName).orElse(null))
            .with("AtendenteTitulo", author.map(Attendant::name).orElse(null))
            .with("Atendimento", c.id())
            .with("AtendimentoHash", c.hash())
            .with("AtendimentoMensagem", m.id())
            .with("Autonumeracao", m.autonumeracao())
            .with("AutorMensagem", m.author())
            .with("Cadastro", wire.dateTime(m.cadastro()))
            .with("Empresa", c.empresa())
            .with("Hash", m.hash())
            .with("Horario", wire.hourMinute(m.cadastro()));
        if (shape == MessageList.ATENDIMENTO) {
            row.with("HorarioSegundos", wire.hourMinuteSecond(m.cadastro()));
        }
        row.with("Imagem", 0)
            .with("Mensagem", m.text())
            .with("MensagemAtendente", m.fromAttendant() ? 1 : 0)
            .with("Momento", wire.momento(m.cadastro(), now))
            .with("SolicitanteCor", customer.color())
            .with("SolicitanteIniciais", customer.initials())
            .with("SolicitanteTitulo", customer.name());
        if (shape == MessageList.SSE) {
            row.with("TipoAtendente", author.map(attendant -> attendant.human() ? 1 : 2).orElse(0));
        }
        return row;
    }

    /**
     * A row of ListarMensagensEmAberto (or, with {@code ultimas}, of ListarUltimasMensagens): the conversation's newest
     * message with the conversation's owner (AtendenteResponsavel) and the conversation's Autonumeracao (the order of
     * the list; the reference lists the field twice, for message and conversation, and JSON keeps one).
     */
    Row newestMessageRow(CompanyProfile company, ConversationView c, Message m, Instant now, boolean ultimas) {
        Optional<Attendant> author = company.attendant(m.attendant());
        Optional<Attendant> owner = company.attendant(c.owner());
        Customer customer = c.customer();
        Row row = new Row()
            .with("ArquivoAnexo", null)
            .with("AtendenteHash", m.attendant())
            .with("AtendenteImagem", null)
            .with("AtendenteMensagemTipoAtendenteTitulo", author.map(MessageRowFactory::kind).orElse(null))
            .with("AtendenteOriginalTitulo", null)
            .with("AtendentePrimeiroNome", author.map(Attendant::firstName).orElse(null))
            .with("AtendenteResponsavel", c.owner())
            .with("AtendenteResponsavelImagem", null)
            .with("AtendenteResponsavelPrimeiroNome", owner.map(Attendant::firstName).orElse(null))
            .with("AtendenteResponsavelTitulo", owner.map(Attendant::name).orElse(null))
            .with("AtendenteTitulo", author.map(Attendant::name).orElse(null))
            .with("Atendimento", c.id())
            .with("AtendimentoHash", c.hash())
            .with("AtendimentoMensagem", m.id())
            .with("AtendimentoOriginalHash", null)
            .with("Autonumeracao", c.autonumeracao());
        if (ultimas) {
            row.with("AutonumeracaoEmpresa", c.autonumeracaoEmpresa());
        }
        row.with("AutorMensagem", m.author())
            .with("Cadastro", wire.dateTime(m.cadastro()))
            .with("Empresa", c.empresa())
            .with("Extensao", null)
            .with("Hash", m.hash())
            .with("Horario", wire.hourMinute(m.cadastro()))
            .with("HorarioSegundos", wire.hourMinuteSecond(m.cadastro()))
            .with("Imagem", 0)
            .with("InicioAtendimentoOriginal", wire.dateTime(c.inicio()))
            .with("Mensagem", m.text())
            .with("MensagemAtendente", m.fromAttendant());
        if (ultimas) {
            row.with("MensagemReticencias", m.text().length() <= 60 ? m.text() : m.text().substring(0, 60) + "...");
        }
        row.with("Momento", wire.momento(m.cadastro(), now));
        if (ultimas) {
            row.with("PlataformaConteudo", Channels.companyAddress(company, c.plataforma()))
                .with("PlataformaTitulo", Channels.title(c.plataforma()));
        }
        row.with("SolicitanteCor", customer.color());
        if (ultimas) {
            row.with("SolicitanteEmEspera", c.waitingForAnswer());
        }
        return row.with("SolicitanteIniciais", customer.initials())
            .with("SolicitanteTitulo", customer.name())
            .with("TerminoAtendimentoOriginal", wire.dateTime(c.termino()))
            .with("UrlAnexo", null);
    }

    private static String kind(Attendant attendant) {
        return attendant.human() ? "Humano" : "Bot";
    }
}
