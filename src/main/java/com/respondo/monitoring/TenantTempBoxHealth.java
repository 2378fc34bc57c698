package com.respondo.monitoring;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import com.respondo.tempbox.ListarMensagensEmAbertoRequest;
import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.TempBoxException;
import com.respondo.tempbox.Tenant;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * Whether one tenant's TempBox answers: one cheap call (the first row of ListarMensagensEmAberto for the tenant's
 * company), reused for {@code respondo.monitoring.tempbox-health-cache-ttl} so that frequent probes do not load
 * TempBox. Details: the tenant's name, the call's latency, when it was made and, when down, the error's summary
 * (which never carries the token).
 */
final class TenantTempBoxHealth implements HealthIndicator {

    private final TempBoxClient client;

    private final Tenant tenant;

    private final Duration ttl;

    private final Clock clock;

    private @Nullable Health cached;

    private Instant checkedAt = Instant.MIN;

    TenantTempBoxHealth(TempBoxClient client, Tenant tenant, Duration ttl, Clock clock) {
        this.client = client;
        this.tenant = tenant;
        this.ttl = ttl;
        this.clock = clock;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        Health last = cached;
        if (last != null && now.isBefore(checkedAt.plus(ttl))) {
            return last;
        }
        Health health = check(now);
        cached = health;
        checkedAt = now;
        return health;
    }

    private Health check(Instant now) {
        long started = System.nanoTime();
        Health.Builder health;
        try {
            client.listarMensagensEmAberto(tenant, new ListarMensagensEmAbertoRequest(tenant.empresa(), 1, 1));
            health = Health.up();
        }
        catch (TempBoxException ex) {
            health = Health.down().withDetail("error", ex.getClass().getSimpleName() + ": " + ex.summary());
        }
        catch (RuntimeException ex) {
            // An open circuit breaker or a refused permit: its message names the breaker, never a token.
            health = Health.down().withDetail("error", ex.getClass().getSimpleName() + ": " + ex.getMessage());
        }
        return health.withDetail("tenant", tenant.name())
            .withDetail("operation", "ListarMensagensEmAberto")
            .withDetail("latencyMs", Duration.ofNanos(System.nanoTime() - started).toMillis())
            .withDetail("checkedAt", now.toString())
            .build();
    }
}
