/**
 * The conversation as the reply and data-collection steps read it: a TempBox conversation with its messages
 * ({@link com.respondo.conversation.Conversation}, {@link com.respondo.conversation.Message}), the tenant's profile,
 * hours and channels, the history window and the untrusted-text rules for prompts, and the one mapper from TempBox's
 * rows to that model ({@link com.respondo.conversation.ConversationLoader}). Plain Java: {@code replies} and
 * {@code datacollection} both depend on it, never on each other.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.conversation;
