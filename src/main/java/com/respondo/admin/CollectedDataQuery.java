package com.respondo.admin;

import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

/**
 * Where the admin API reads the customer data Respondo collected: the seam to the data-collection feature, whose
 * store provides the one bean of this type. Without such a bean, {@code GET /admin/collected-data} answers 503 and
 * conversation views carry no collected data.
 */
public interface CollectedDataQuery {

    /**
     * What was collected from one conversation, oldest first.
     *
     * @param atendimento the TempBox conversation id
     */
    List<CollectedDataRow> byConversation(String atendimento);

    /**
     * What was collected since a moment, for one tenant or all, oldest first. The stream may hold a database
     * cursor: the caller closes it (the admin API streams it to the client and closes it at the end).
     *
     * @param tenantId the tenant, or {@code null} for all tenants
     * @param since the earliest collection time (inclusive)
     */
    Stream<CollectedDataRow> since(@Nullable String tenantId, Instant since);
}
