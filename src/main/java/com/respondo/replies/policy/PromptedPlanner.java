package com.respondo.replies.policy;

import com.respondo.conversation.Conversation;
import com.respondo.conversation.TenantProfile;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The template every reply step's planning follows: the policy's rules first (a decision there asks no LLM), then the
 * step's prompt, the check every outgoing text of that prompt must pass, and the LLM's answer; the policy decides from
 * that answer, or without it when the LLM is unavailable. A step says only what its rules, prompt and decisions are.
 * A step that another step already asked for this customer turn's answer ({@link #earlier}) decides from that answer
 * and the prompt it answered, without asking again.
 *
 * @param <A> the structured answer the step's prompt asks for
 */
abstract class PromptedPlanner<A> implements ReplyPlanner {

    final TenantProfile tenant;

    final TenantListCache lists;

    final ReplyPrompts prompts;

    private final String promptName;

    private final Class<A> answerType;

    private final LlmAdvisor llm;

    private final OutgoingChecks checks;

    PromptedPlanner(String promptName, Class<A> answerType, TenantProfile tenant, TenantListCache lists,
            ReplyPrompts prompts, LlmAdvisor llm, OutgoingChecks checks) {
        this.promptName = promptName;
        this.answerType = answerType;
        this.tenant = tenant;
        this.lists = lists;
        this.prompts = prompts;
        this.llm = llm;
        this.checks = checks;
    }

    @Override
    public final Decision plan(Conversation conversation) {
        Optional<Decision> rule = beforeLlm(conversation);
        if (rule.isPresent()) {
            return rule.get();
        }
        Optional<Answered<A>> earlier = earlier(conversation);
        if (earlier.isPresent()) {
            Prompt prompt = earlier.get().prompt();
            LlmTrace call = earlier.get().call();
            return decide(conversation, prompt, earlier.get().answer(),
                    checks.forPrompt(promptName, prompt.variables(), conversation, prompt.menu()))
                .after(call == null ? null : call.followedElsewhere());
        }
        Prompt prompt = prompt(conversation);
        OutgoingTextCheck check = checks.forPrompt(promptName, prompt.variables(), conversation, prompt.menu());
        LlmAdvisor.Advice<A> advice = llm.ask(promptName, conversation, prompt.variables(), answerType);
        if (!advice.available()) {
            return withoutLlm(conversation, prompt, check);
        }
        Decision decision = decide(conversation, prompt, advice.value(), check).after(advice.call());
        A answer = advice.value();
        if (answer != null) {
            answered(conversation, new Answered<>(prompt, answer, advice.call()), decision);
        }
        return decision;
    }

    /** What the step does with a usable answer once it decided from it (bot-reply keeps it for ai-reply); nothing by default. */
    void answered(Conversation conversation, Answered<A> answered, Decision decision) {
    }

    /** The policy's rules, applied before any LLM call; a decision here is final. */
    abstract Optional<Decision> beforeLlm(Conversation conversation);

    /** The answer the LLM already gave for the conversation's customer turn, and its prompt; none by default. */
    Optional<Answered<A>> earlier(Conversation conversation) {
        return Optional.empty();
    }

    /** The step's prompt for the conversation. */
    abstract Prompt prompt(Conversation conversation);

    /** The policy's decision from the LLM's answer (null when it answered unusably). */
    abstract Decision decide(Conversation conversation, Prompt prompt, @Nullable A answer, OutgoingTextCheck check);

    /** The policy's decision while the LLM is unavailable. */
    abstract Decision withoutLlm(Conversation conversation, Prompt prompt, OutgoingTextCheck check);

    /**
     * An answer the LLM gave for a customer turn.
     *
     * @param prompt the prompt it answered
     * @param answer the answer
     * @param call the LLM call that gave it, for the trace; null when not known
     */
    record Answered<A>(Prompt prompt, A answer, @Nullable LlmTrace call) {

        Answered(Prompt prompt, A answer) {
            this(prompt, answer, null);
        }
    }

    /**
     * One step's prompt for one conversation.
     *
     * @param variables the template's variables
     * @param menu the canned messages it offers (empty when none)
     * @param agenda the agenda slots it offers (none when none)
     * @param sources the knowledge passages it gives (none when none)
     */
    record Prompt(Map<String, Object> variables, CannedMenu menu, AgendaOptions agenda, KnowledgeSources sources) {

        /** A prompt offering no agenda slot. */
        static Prompt of(Map<String, Object> variables, CannedMenu menu) {
            return new Prompt(variables, menu, AgendaOptions.none(), KnowledgeSources.none());
        }
    }
}
