package com.respondo.knowledge.suggestions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.respondo.conversation.ConversationLoader;
import com.respondo.conversation.UntrustedText;
import com.respondo.knowledge.KnowledgeBase;
import com.respondo.knowledge.KnowledgeSuggestions;
import com.respondo.knowledge.Suggestion;
import com.respondo.knowledge.SuggestionConflictException;
import com.respondo.knowledge.SuggestionStatus;
import com.respondo.knowledge.UnknownSuggestionException;
import com.respondo.ledger.LedgerEntry;
import com.respondo.ledger.LedgerQueries;
import com.respondo.privacy.PiiMasker;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link KnowledgeSuggestions} from the reply ledger's hand-offs, TempBox's conversations, the suggestion table and
 * the tenants' knowledge folders.
 */
final class HandoffSuggestions implements KnowledgeSuggestions {

    private static final Logger log = LoggerFactory.getLogger(HandoffSuggestions.class);

    private final SuggestionStore store;
    private final LedgerQueries ledger;
    private final TempBoxClient client;
    private final Tenants tenants;
    private final KnowledgeBase knowledge;
    private final Path knowledgeDir;
    private final SuggestionProperties properties;
    private final Clock clock;

    HandoffSuggestions(SuggestionStore store, LedgerQueries ledger, TempBoxClient client, Tenants tenants,
            KnowledgeBase knowledge, Path knowledgeDir, SuggestionProperties properties, Clock clock) {
        this.store = store;
        this.ledger = ledger;
        this.client = client;
        this.tenants = tenants;
        this.knowledge = knowledge;
        this.knowledgeDir = knowledgeDir;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public List<Suggestion> draftFromClosedHandoffs() {
        List<Suggestion> drafted = new ArrayList<>();
        latestHandoffByTenant().forEach((tenantId, handoffs) -> tenants.find(tenantId).ifPresent(tenant -> {
            Set<String> done = store.drafted(tenantId, handoffs.keySet());
            ConversationLoader loader = new ConversationLoader(client, tenant);
            handoffs.values().stream()
                .filter(handoff -> !done.contains(handoff.atendimento()))
                .forEach(handoff -> draft(tenant, loader, handoff).ifPresent(drafted::add));
        }));
        return drafted;
    }

    /** Per tenant, per conversation, its latest hand-off within the lookback. */
    private Map<String, Map<String, LedgerEntry>> latestHandoffByTenant() {
        Map<String, Map<String, LedgerEntry>> latest = new LinkedHashMap<>();
        for (LedgerEntry handoff : ledger.handoffsSentSince(clock.instant().minus(properties.lookback()))) {
            latest.computeIfAbsent(handoff.tenantId(), tenant -> new LinkedHashMap<>())
                .put(handoff.atendimento(), handoff);
        }
        return latest;
    }

    private Optional<Suggestion> draft(Tenant tenant, ConversationLoader loader, LedgerEntry handoff) {
        try {
            return HandoffDraft.of(loader.load(handoff.atendimento()), handoff.mensagem(), tenant.atendente())
                .flatMap(draft -> store.add(tenant.id(), handoff.atendimento(), draft, clock.instant()));
        }
        catch (RuntimeException ex) {
            // One unreadable conversation must not stop the others; it is read again at the next check.
            log.warn("Cannot read handed-off conversation {} of {} for a suggestion: {}", handoff.atendimento(),
                    tenant.id(), ex.toString());
            return Optional.empty();
        }
    }

    @Override
    public List<Suggestion> list(@Nullable String tenantId, @Nullable SuggestionStatus status) {
        if (tenantId != null && tenants.find(tenantId).isEmpty()) {
            throw new IllegalArgumentException("Unknown tenant '" + tenantId + "'; known tenants: " + tenants.ids());
        }
        return store.list(tenantId, status);
    }

    @Override
    public Suggestion approve(long id, @Nullable String question, @Nullable String answer) {
        Suggestion pending = pending(id);
        if (!Files.isDirectory(knowledgeDir)) {
            throw new SuggestionConflictException("There is no knowledge folder to write suggestion " + id
                    + " into: set respondo.knowledge.dir to an existing folder");
        }
        String approvedQuestion = edited(question, pending.question());
        String approvedAnswer = edited(answer, pending.answer());
        Path tenantFolder = knowledgeDir.resolve(pending.tenant());
        String file = SuggestionFile.write(tenantFolder, approvedQuestion, approvedAnswer);
        Suggestion approved = new Suggestion(id, pending.tenant(), pending.atendimento(), approvedQuestion,
                approvedAnswer, SuggestionStatus.APPROVED, file, pending.createdAt(), clock.instant());
        if (!store.decide(approved, clock.instant())) {
            delete(tenantFolder.resolve(file));
            throw decidedMeanwhile(id);
        }
        knowledge.refresh(pending.tenant());
        return approved;
    }

    @Override
    public Suggestion reject(long id) {
        Suggestion pending = pending(id);
        Suggestion rejected = new Suggestion(id, pending.tenant(), pending.atendimento(), pending.question(),
                pending.answer(), SuggestionStatus.REJECTED, null, pending.createdAt(), clock.instant());
        if (!store.decide(rejected, clock.instant())) {
            throw decidedMeanwhile(id);
        }
        return rejected;
    }

    private Suggestion pending(long id) {
        Suggestion suggestion = store.find(id).orElseThrow(() -> new UnknownSuggestionException(id));
        if (suggestion.status() != SuggestionStatus.PENDING) {
            throw new SuggestionConflictException("Suggestion " + id + " is " + suggestion.status() + " already");
        }
        return suggestion;
    }

    /** An admin's edit, cleaned and PII masked like the draft; the draft's text when there is none. */
    private static String edited(@Nullable String edit, String drafted) {
        if (edit == null || edit.isBlank()) {
            return drafted;
        }
        String masked = PiiMasker.mask(UntrustedText.clean(edit));
        return masked == null ? drafted : masked.strip();
    }

    private static SuggestionConflictException decidedMeanwhile(long id) {
        return new SuggestionConflictException("Suggestion " + id + " was decided meanwhile");
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Cannot remove " + file, ex);
        }
    }
}
