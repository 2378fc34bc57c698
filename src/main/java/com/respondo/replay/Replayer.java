package com.respondo.replay;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.UnusableItemException;
import com.respondo.replies.PreviewedStep;
import com.respondo.replies.ReplyPreview;
import com.respondo.tempbox.ListarRecentesRequest;
import com.respondo.tempbox.RecentConversation;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

/**
 * Replays a tenant's past conversations: lists them ({@code ListarRecentes}), reads each one
 * ({@code ListarMensagensAtendimento}, {@code Consultar}), cuts it into customer turns and asks the
 * {@link ReplyPreview} what Respondo would decide at the moment each turn was complete. Reads only.
 */
public final class Replayer {

    private static final Logger log = LoggerFactory.getLogger(Replayer.class);

    /** How long after a turn's newest message it is decided: past any debounce window. */
    static final Duration SETTLED = Duration.ofMinutes(1);

    private final TempBoxClient client;

    private final Tenants tenants;

    private final ReplyPreview preview;

    private final Clock clock;

    private final int recent;

    /**
     * @param recent how many recent conversations {@code ListarRecentes} is asked for
     */
    public Replayer(TempBoxClient client, Tenants tenants, ReplyPreview preview, Clock clock, int recent) {
        this.client = client;
        this.tenants = tenants;
        this.preview = preview;
        this.clock = clock;
        this.recent = recent;
    }

    /**
     * The report of the tenant's customer turns in {@code [from, to)}.
     *
     * @param model the chat model the preview asks, for the report
     * @param promptsDir the prompt overrides the preview reads, for the report
     * @throws java.util.NoSuchElementException for an unknown tenant
     */
    public ReplayReport replay(String tenantId, Instant from, Instant to, String model, @Nullable String promptsDir) {
        Tenant tenant = tenants.get(tenantId);
        ConversationLoader loader = new ConversationLoader(client, tenant);
        List<RecentConversation> listed = client.listarRecentes(tenant, new ListarRecentesRequest(recent));
        List<ReplayedTurn> turns = new ArrayList<>();
        int conversations = 0;
        for (RecentConversation row : listed) {
            if (row.atendimento() == null || startedAfter(row, to)) {
                continue;
            }
            Conversation conversation;
            try {
                conversation = loader.load(row.atendimento());
            }
            catch (UnusableItemException ex) {
                log.warn("Replay of tenant {}: conversation {} skipped: {}", tenantId, row.atendimento(),
                        ex.getMessage());
                continue;
            }
            conversations++;
            for (History.Turn turn : History.turns(conversation, tenant.atendente(), from, to)) {
                List<PreviewedStep> steps = preview.preview(turn.before(), turn.newest().at().plus(SETTLED));
                ReplayedTurn replayed = new ReplayedTurn(conversation.atendimentoId(), turn.newest().id(),
                        turn.newest().at(), turn.customer(), turn.actual(), turn.actualText(), steps,
                        Verdict.of(steps.isEmpty() ? "NONE" : steps.get(steps.size() - 1).action(), turn.actual()));
                turns.add(replayed);
            }
        }
        return new ReplayReport(tenantId, from, to, model, promptsDir, clock.instant(), conversations, turns);
    }

    private static boolean startedAfter(RecentConversation row, Instant to) {
        return row.inicioAtendimento() != null && !row.inicioAtendimento().isBefore(to);
    }
}
