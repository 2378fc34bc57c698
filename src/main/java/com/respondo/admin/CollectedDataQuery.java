package com.respondo.admin;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Where the admin API reads the customer data Respondo collected: the seam to the data-collection feature, whose
 * store provides the one bean of this type (an adapter of its repository). Without such a bean,
 * {@code GET /admin/collected-data} answers 503 and conversation views carry no collected data.
 */
public interface CollectedDataQuery {

    /**
     * What was collected from one conversation, oldest first.
     *
     * @param atendimento the TempBox conversation id
     */
    List<CollectedDataRow> byConversation(String atendimento);

    /**
     * The conversations whose collected customer name contains the text, or whose phone contains its digits, newest
     * first, at most {@code limit}.
     */
    List<String> conversationsMatching(String text, int limit);

    /**
     * One page of what was collected since a moment, in storage order: the rows whose {@link CollectedDataRow#id()}
     * is above {@code afterId} (0 for the first page, then the last id of the previous page), at most {@code limit}.
     * The admin API asks page after page until one is shorter than the limit, so exports of any size stream.
     *
     * @param tenantId the tenant, or {@code null} for all tenants
     * @param since the earliest collection time (inclusive)
     * @param afterId the last id already read
     * @param limit the most rows to answer
     */
    List<CollectedDataRow> page(@Nullable String tenantId, Instant since, long afterId, int limit);
}
