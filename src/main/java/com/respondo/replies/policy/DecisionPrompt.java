package com.respondo.replies.policy;

import java.time.Clock;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.ReplySettings;
import com.respondo.conversation.TenantProfile;

/**
 * The one decision's prompt for a conversation ({@code prompts/ai-reply.st}), asked by bot-reply and, when bot-reply
 * did not ask it for the turn, by ai-reply: the canned messages fit for the conversation's channel, the free agenda
 * slots, and the knowledge passages its {@link SourceFinder} finds for the pending question.
 */
final class DecisionPrompt {

    static final String NAME = "ai-reply";

    private final TenantProfile tenant;

    private final TenantListCache lists;

    private final ReplyPrompts prompts;

    private final ReplySettings settings;

    private final Clock clock;

    private final SourceFinder sources;

    DecisionPrompt(TenantProfile tenant, TenantListCache lists, ReplyPrompts prompts, ReplySettings settings,
            Clock clock, SourceFinder sources) {
        this.tenant = tenant;
        this.lists = lists;
        this.prompts = prompts;
        this.settings = settings;
        this.clock = clock;
        this.sources = sources;
    }

    PromptedPlanner.Prompt of(Conversation conversation) {
        CannedMenu menu = CannedMenu.of(lists.canned(), conversation.plataforma());
        AgendaOptions agenda = AgendaOptions.of(lists.agenda(), clock.instant(), settings.maxAgendaSlots());
        KnowledgeSources found = sources.sourcesFor(conversation);
        return new PromptedPlanner.Prompt(prompts.aiReply(tenant, menu, agenda, found, conversation), menu, agenda,
                found);
    }
}
