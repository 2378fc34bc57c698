package com.respondo.replies.policy;

import com.respondo.conversation.Conversation;

/** Plans one reply step's action for a conversation waiting for it, with the step's policy. */
public interface ReplyPlanner {

    /** The decision for the conversation (read just now, waiting for the step). */
    Decision plan(Conversation conversation);
}
