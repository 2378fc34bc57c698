package com.respondo.replies;

import java.time.Instant;
import java.util.List;

import com.respondo.conversation.Conversation;

/**
 * The decisions the reply steps would take for a conversation at a given instant, planned exactly as the
 * {@code replies} job plans them (waiting rule, rules, prompts, LLM, outgoing checks) but performed nowhere: nothing is
 * claimed in the ledger and nothing is posted to TempBox (the planners read only TempBox's lists: canned messages,
 * agenda, attendants). Replay and the golden-conversation evaluation ask it; one seam, so they follow the job however
 * its steps divide the planning.
 */
public interface ReplyPreview {

    /**
     * The steps that would act on the conversation's pending customer turn, in order: initial-response for one nobody
     * owns (then, when it only starts the conversation, bot-reply and ai-reply as the same run would), bot-reply for
     * one the bot owns, then ai-reply when bot-reply defers. Empty when no step would act (closed, a human owns it or
     * is present, an attendant wrote last).
     *
     * @param conversation the conversation as read, its newest message the customer's turn to answer
     * @param now the instant to decide at (business hours, greeting period, agenda, debounce)
     */
    List<PreviewedStep> preview(Conversation conversation, Instant now);
}
