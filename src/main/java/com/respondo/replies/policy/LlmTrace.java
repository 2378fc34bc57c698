package com.respondo.replies.policy;

import java.util.Objects;

import com.respondo.llm.LlmAnswer;

/**
 * The LLM call a decision came from, as the conversation trace shows it: which prompt (name and version), which
 * model, what it cost in tokens and what the model wrote.
 *
 * @param prompt the prompt's name (e.g. {@code ai-reply})
 * @param promptVersion the prompt file and a short hash of its text (e.g. {@code ai-reply.st@3f9a0c21be47})
 * @param model the model that answered
 * @param promptTokens tokens of the prompt
 * @param completionTokens tokens of the answer
 * @param cachedTokens prompt tokens served from the provider's cache
 * @param rawAnswer the model's text, secrets masked and bounded by the LLM port
 * @param reused true when the decision followed an answer another step asked for (bot-reply's, for the same turn):
 *     its tokens were spent once, by that step
 */
public record LlmTrace(String prompt, String promptVersion, String model, int promptTokens, int completionTokens,
        int cachedTokens, String rawAnswer, boolean reused) {

    public LlmTrace {
        Objects.requireNonNull(prompt, "prompt");
        Objects.requireNonNull(promptVersion, "promptVersion");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(rawAnswer, "rawAnswer");
    }

    static LlmTrace of(String prompt, LlmAnswer<?> answer) {
        return new LlmTrace(prompt, answer.promptVersion(), answer.model(), answer.promptTokens(),
                answer.completionTokens(), answer.cachedTokens(), answer.raw(), false);
    }

    /** The same call, followed by a step other than the one that asked. */
    LlmTrace followedElsewhere() {
        return new LlmTrace(prompt, promptVersion, model, promptTokens, completionTokens, cachedTokens, rawAnswer,
                true);
    }
}
