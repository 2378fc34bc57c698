package com.respondo.replies.step;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.respondo.jobs.Partition;
import com.respondo.ledger.LedgerStatus;
import com.respondo.replies.Fixtures;
import com.respondo.replies.policy.ReplyStep;
import com.respondo.replies.policy.WaitingRule;
import com.respondo.tempbox.LatestMessage;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class WaitingRowFilterTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final Instant NOW = Instant.parse("2024-11-29T17:05:00Z");

    private static final String BOT = Fixtures.BOT;

    private final WaitingRule rule = new WaitingRule(Duration.ofSeconds(8));

    private final WaitingRowFilter initial = rows(ReplyStep.INITIAL_RESPONSE);

    private final WaitingRowFilter botReply = rows(ReplyStep.BOT_REPLY);

    @Test
    void unownedConversationsWaitForInitialResponseAndTheBotsForTheOtherSteps() {
        List<LatestMessage> page = List.of(row("a1", "m1", null), row("a2", "m2", BOT.toLowerCase()),
                row("a3", "m3", Fixtures.ANA));

        assertThat(ids(initial, page)).containsExactly("m1");
        assertThat(ids(botReply, page)).containsExactly("m2");
        assertThat(ids(rows(ReplyStep.AI_REPLY), page)).containsExactly("m2");
    }

    @Test
    void conversationsWhoseNewestMessageIsAnAttendantsOrWithinTheDebounceDoNotWait() {
        Map<String, Object> answered = fields("a1", "m1", null);
        answered.put("MensagemAtendente", true);
        Map<String, Object> typing = fields("a2", "m2", null);
        typing.put("Cadastro", NOW.minusSeconds(3).toString());

        assertThat(ids(initial, List.of(row(answered), row(typing)))).isEmpty();
    }

    @Test
    void rowsThatCannotBeUsedAreReportedWithTheirReason() {
        Map<String, Object> noConversation = fields(null, "m1", null);
        Map<String, Object> noMessage = fields("a2", null, null);
        Map<String, Object> badDate = fields("a3", "m3", null);
        badDate.put("Cadastro", null);
        Map<String, Object> noHash = fields("a4", "m4", null);
        noHash.remove("AtendimentoHash");
        Map<String, Object> badBit = fields("a5", "m5", null);
        badBit.put("MensagemAtendente", null);

        WaitingRowFilter.Screened screened = initial.screen(List.of(row(noConversation), row(noMessage), row(badDate),
                row(noHash), row(badBit)));
        List<WaitingRowFilter.Row> accepted = initial.accept(screened.candidates(), Map.of(), NOW);

        assertThat(screened.problems()).extracting(problem -> problem.problem().getMessage())
            .containsExactly("row without Atendimento", "row without AtendimentoMensagem",
                    "row with an unreadable MensagemAtendente");
        assertThat(accepted).extracting(problem -> problem.problem().getMessage())
            .containsExactly("row with an unreadable Cadastro", "row without AtendimentoHash");
        assertThat(accepted).extracting(problem -> problem.problem().messageId()).containsExactly("m3", "m4");
    }

    @Test
    void theLedgerSettlesMessagesAnsweredByAnotherStepOrDoneByThisOne() {
        List<LatestMessage> page = List.of(row("a1", "m1", BOT), row("a2", "m2", BOT), row("a3", "m3", BOT),
                row("a4", "m4", BOT), row("a5", "m5", BOT), row("a6", "m6", BOT));
        Map<String, Map<String, LedgerStatus>> ledger = Map.of(
                "m1", Map.of("ai-reply", LedgerStatus.INTENT),
                "m2", Map.of("initial-response", LedgerStatus.SENT),
                "m3", Map.of("bot-reply", LedgerStatus.DEFERRED),
                "m4", Map.of("initial-response", LedgerStatus.DEFERRED, "bot-reply", LedgerStatus.FAILED),
                "m5", Map.of("bot-reply", LedgerStatus.INTENT),
                "m6", Map.of("bot-reply", LedgerStatus.SKIPPED));

        List<WaitingRowFilter.Row> accepted = botReply.accept(botReply.screen(page).candidates(), ledger, NOW);

        assertThat(accepted).extracting(row -> row.item().messageId()).containsExactly("m4", "m5");
    }

    @Test
    void rowsPerMessageInAnyOrderGiveEachConversationOnceByItsNewestCustomerMessage() {
        List<LatestMessage> oldestFirst = List.of(message("a1", "m1", false, 300), message("a2", "m4", false, 240),
                message("a1", "m2", false, 200), message("a2", "m5", true, 180), message("a1", "m3", false, 100));
        List<LatestMessage> newestFirst = new ArrayList<>(oldestFirst);
        Collections.reverse(newestFirst);

        assertThat(ids(rows(ReplyStep.BOT_REPLY), oldestFirst)).containsExactly("m3");
        assertThat(ids(rows(ReplyStep.BOT_REPLY), newestFirst)).containsExactly("m3");
    }

    @Test
    void aConversationIsHandedOutOncePerRunAndALaterPageCountsOnlyWhenNewer() {
        WaitingRowFilter reader = rows(ReplyStep.BOT_REPLY);

        List<String> first = ids(reader, List.of(message("a1", "m2", false, 100), message("a2", "m3", false, 90)));
        List<String> second = ids(reader, List.of(message("a1", "m1", false, 300), message("a1", "m4", false, 30)));
        Map<String, Map<String, LedgerStatus>> deferred = Map.of("m5", Map.of("bot-reply", LedgerStatus.DEFERRED));
        WaitingRowFilter settled = rows(ReplyStep.BOT_REPLY);
        settled.accept(settled.screen(List.of(message("a3", "m5", false, 60))).candidates(), deferred, NOW);
        List<String> older = ids(settled, List.of(message("a3", "m6", false, 120)));
        List<String> newer = ids(settled, List.of(message("a3", "m7", false, 20)));

        assertThat(first).containsExactly("m2", "m3");
        assertThat(second).isEmpty();
        assertThat(older).isEmpty();
        assertThat(newer).containsExactly("m7");
    }

    @Test
    void aPartitionTakesOnlyItsBucketsConversationsAndEveryConversationHasOneBucket() {
        List<LatestMessage> page = List.of(row("9B2E6C1A-5D3F-4E8B-A7C2-1F4D8E6B3A90", "m1", null),
                row("0D8C6B4A-2E1F-4A3B-9C5D-7E8F9A0B1C2D", "m2", null),
                row("C1D2E3F4-A5B6-4C7D-8E9F-0A1B2C3D4E5F", "m3", null),
                row("E4D909C2-90D0-4F1B-8C3A-2B5E7D9F1A3C", "m4", null));

        List<String> first = ids(new WaitingRowFilter(ReplyStep.INITIAL_RESPONSE, BOT, new Partition("t", 0, 2), rule),
                page);
        List<String> second = ids(new WaitingRowFilter(ReplyStep.INITIAL_RESPONSE, BOT, new Partition("t", 1, 2), rule),
                page);

        assertThat(first).doesNotContainAnyElementsOf(second);
        assertThat(first.size() + second.size()).isEqualTo(4);
    }

    private WaitingRowFilter rows(ReplyStep step) {
        return new WaitingRowFilter(step, BOT, Partition.wholeTenant("loja-aurora"), rule);
    }

    private static List<String> ids(WaitingRowFilter rows, List<LatestMessage> page) {
        return rows.accept(rows.screen(page).candidates(), Map.of(), NOW)
            .stream()
            .map(row -> row.item().messageId())
            .toList();
    }

    /** A row of one message of a bot-owned conversation, {@code secondsAgo} old. */
    private static LatestMessage message(String atendimento, String mensagem, boolean byAttendant, int secondsAgo) {
        Map<String, Object> fields = fields(atendimento, mensagem, BOT);
        fields.put("MensagemAtendente", byAttendant);
        fields.put("Cadastro", NOW.minusSeconds(secondsAgo).toString());
        return row(fields);
    }

    private static LatestMessage row(String atendimento, String mensagem, String owner) {
        return row(fields(atendimento, mensagem, owner));
    }

    private static LatestMessage row(Map<String, Object> fields) {
        return JSON.convertValue(fields, LatestMessage.class);
    }

    private static Map<String, Object> fields(String atendimento, String mensagem, String owner) {
        Map<String, Object> fields = new HashMap<>();
        fields.put("Atendimento", atendimento);
        fields.put("AtendimentoHash", atendimento == null ? null : "hash-" + atendimento);
        fields.put("AtendimentoMensagem", mensagem);
        fields.put("AtendenteResponsavel", owner);
        fields.put("MensagemAtendente", false);
        fields.put("Cadastro", NOW.minusSeconds(60).toString());
        return fields;
    }
}
