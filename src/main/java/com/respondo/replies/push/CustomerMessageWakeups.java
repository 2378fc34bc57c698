package com.respondo.replies.push;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import com.respondo.jobs.JobScheduler;
import com.respondo.jobs.UnknownJobException;
import com.respondo.tempbox.ConversationMessage;
import com.respondo.tempbox.NewMessageStream;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;

import reactor.core.Disposable;
import reactor.core.publisher.Mono;

/**
 * Keeps one stream of new messages open per tenant and wakes the replies job for the tenant when a customer's message
 * is due (written + debounce + a margin), so that it is answered without waiting for the next scheduled run. Only
 * while the job schedules run (a wake is a scheduled run brought forward). A stream that ends, fails or stays
 * silent too long is lost: one WARN, the schedule answers alone meanwhile, and it reconnects with backoff (one INFO
 * once it is back).
 */
final class CustomerMessageWakeups implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CustomerMessageWakeups.class);

    private final NewMessageStream streams;

    private final Tenants tenants;

    private final JobScheduler scheduler;

    private final PushProperties properties;

    private final Duration debounce;

    private final boolean schedulesOn;

    private final Clock clock;

    private final ReconnectBackoff backoff;

    private final Map<String, Disposable> subscriptions = new ConcurrentHashMap<>();

    /** The tenants whose stream is up (was connected and not lost since). */
    private final Map<String, Boolean> up = new ConcurrentHashMap<>();

    private volatile boolean running;

    CustomerMessageWakeups(NewMessageStream streams, Tenants tenants, JobScheduler scheduler,
            PushProperties properties, Duration debounce, boolean schedulesOn, Clock clock) {
        this.streams = streams;
        this.tenants = tenants;
        this.scheduler = scheduler;
        this.properties = properties;
        this.debounce = debounce;
        this.schedulesOn = schedulesOn;
        this.clock = clock;
        this.backoff = new ReconnectBackoff(properties.reconnectMin(), properties.reconnectMax());
    }

    @Override
    public void start() {
        if (!properties.enabled() || !schedulesOn) {
            log.debug("Push of new messages off: {}", properties.enabled() ? "the job schedules are off"
                    : "respondo.replies.push.enabled=false");
            return;
        }
        try {
            scheduler.isEnabled(properties.job());
        }
        catch (UnknownJobException ex) {
            log.warn("Push of new messages off: no job '{}' (respondo.replies.push.job)", properties.job());
            return;
        }
        running = true;
        tenants.all().forEach(tenant -> connect(tenant, properties.reconnectMin()));
        log.info("Push of new messages on for tenant(s) {}: they wake job {}", tenants.ids(), properties.job());
    }

    @Override
    public void stop() {
        running = false;
        subscriptions.values().forEach(Disposable::dispose);
        subscriptions.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Whether the tenant's stream is connected now. */
    boolean connected(String tenant) {
        return up.getOrDefault(tenant, false);
    }

    private void connect(Tenant tenant, Duration wait) {
        if (!running) {
            return;
        }
        AtomicBoolean heard = new AtomicBoolean();
        Disposable subscription = streams.open(tenant)
            .timeout(properties.silenceTimeout())
            .subscribe(event -> {
                if (heard.compareAndSet(false, true)) {
                    connected(tenant);
                }
                ConversationMessage message = event.message();
                if (message != null) {
                    received(tenant, message);
                }
            }, failure -> lost(tenant, String.valueOf(failure.getMessage()), heard.get(), wait),
                    () -> lost(tenant, "the stream ended", heard.get(), wait));
        subscriptions.put(tenant.id(), subscription);
    }

    private void connected(Tenant tenant) {
        Boolean before = up.put(tenant.id(), true);
        if (before != null && !before) {
            log.info("Stream of new messages for tenant {} reconnected: new messages wake job {} again", tenant.id(),
                    properties.job());
        }
    }

    private void lost(Tenant tenant, String reason, boolean wasConnected, Duration wait) {
        if (!running) {
            return;
        }
        Boolean before = up.put(tenant.id(), false);
        if (before == null || before) {
            log.warn("Stream of new messages for tenant {} lost ({}): the schedule of job {} answers alone until "
                    + "it reconnects", tenant.id(), reason, properties.job());
        }
        else {
            log.debug("Stream of new messages for tenant {} not back yet ({})", tenant.id(), reason);
        }
        Duration delay = wasConnected ? backoff.shortest() : wait;
        Duration next = wasConnected ? backoff.shortest() : backoff.after(wait);
        Mono.delay(delay).subscribe(tick -> connect(tenant, next));
    }

    /** A customer's message wakes the job when its debounce ends; an attendant's wakes nothing. */
    private void received(Tenant tenant, ConversationMessage message) {
        if (Boolean.TRUE.equals(message.mensagemAtendente())) {
            return;
        }
        Instant now = clock.instant();
        Instant written = message.cadastro();
        Instant at = (written == null || written.isAfter(now)) ? now : written;
        scheduler.wake(properties.job(), tenant.id(), at.plus(debounce).plus(properties.wakeMargin()));
    }
}
