package com.respondo.replies.step;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import com.respondo.tempbox.LatestMessage;

/**
 * The open-message listings ({@code ListarMensagensEmAberto}) one run of the replies job read, kept per tenant
 * partition for the run's later steps (issue 17, "fewer TempBox calls"): the first step of a run pages through the
 * list; a later step of the same job execution works from those rows (re-screened by its own filter, the ledger and
 * the clock of now, so what the run answered or settled is left out and a debounce that ended meanwhile counts)
 * instead of listing again, unless a wake of the job for the tenant came due since that listing began (a customer
 * wrote meanwhile) or the listing was not read to its end. The conversations the run started (initial-response's
 * {@code START}) are remembered, so that a later step sees them as the bot's, as TempBox now lists them. A listing
 * only saves calls: every conversation is still read before deciding and again before posting, which decide.
 * <p>
 * One entry per partition key, replaced by the next job execution that lists it; at most {@link #MAX_PAGES} pages are
 * kept (a longer list is read again by each step). Thread-safe.
 */
final class RunListings {

    /** The longest listing kept, in pages. */
    static final int MAX_PAGES = 10;

    private final Map<String, State> byPartition = new ConcurrentHashMap<>();

    /**
     * The kept listing of one partition as the run {@code run} names (null outside a job execution: nothing kept),
     * stale once {@code wokenSince} says a wake came due after it began.
     */
    Slot slot(String partitionKey, Supplier<@Nullable Long> run, Predicate<Instant> wokenSince) {
        return new Slot(partitionKey, run, wokenSince);
    }

    /**
     * A complete listing.
     *
     * @param listedFrom when its first page was asked for
     * @param pages its pages, in order
     */
    record Listing(Instant listedFrom, List<List<LatestMessage>> pages) {
    }

    /** What one job execution keeps for one partition. */
    private static final class State {

        private final long run;

        private volatile @Nullable Listing listing;

        private final Set<String> started = ConcurrentHashMap.newKeySet();

        State(long run) {
            this.run = run;
        }
    }

    /** One partition's view of the kept listings, for one step of a run. */
    final class Slot {

        private final String key;

        private final Supplier<@Nullable Long> run;

        private final Predicate<Instant> wokenSince;

        private Slot(String key, Supplier<@Nullable Long> run, Predicate<Instant> wokenSince) {
            this.key = key;
            this.run = run;
            this.wokenSince = wokenSince;
        }

        /** The listing this run kept for the partition, when there is one and no wake came due since it began. */
        @Nullable Listing fresh() {
            Long id = run.get();
            State state = byPartition.get(key);
            if (id == null || state == null || state.run != id) {
                return null;
            }
            Listing listing = state.listing;
            return (listing == null || wokenSince.test(listing.listedFrom())) ? null : listing;
        }

        /** Keeps a listing read to its end (a newer one replaces it); a longer one than {@link #MAX_PAGES} is not. */
        void keep(Instant listedFrom, List<List<LatestMessage>> pages) {
            State state = state();
            if (state != null) {
                state.listing = (pages.size() <= MAX_PAGES) ? new Listing(listedFrom, List.copyOf(pages)) : null;
            }
        }

        /** This run started the conversation (it is now the bot's). */
        void started(String atendimento) {
            State state = state();
            if (state != null) {
                state.started.add(atendimento.toLowerCase(Locale.ROOT));
            }
        }

        /** Whether this run started the conversation. */
        boolean startedInRun(String atendimento) {
            Long id = run.get();
            State state = byPartition.get(key);
            return id != null && state != null && state.run == id
                    && state.started.contains(atendimento.toLowerCase(Locale.ROOT));
        }

        private @Nullable State state() {
            Long id = run.get();
            if (id == null) {
                return null;
            }
            return byPartition.compute(key, (k, state) -> (state != null && state.run == id) ? state : new State(id));
        }
    }
}
