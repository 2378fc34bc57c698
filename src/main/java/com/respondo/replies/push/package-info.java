/**
 * Push, with the schedule as the safety net: TempBox's stream of new customer messages
 * ({@code ObterNovasMensagensChatSiteSse}), one per tenant, wakes the replies job for the tenant when a new message's
 * debounce ends, instead of leaving it to the next scheduled run. A lost stream leaves the schedule to answer alone
 * (one WARN) and reconnects with backoff.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.replies.push;
