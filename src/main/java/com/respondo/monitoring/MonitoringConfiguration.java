package com.respondo.monitoring;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import com.respondo.tempbox.TempBoxClient;
import com.respondo.tempbox.Tenant;
import com.respondo.tempbox.Tenants;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.CompositeHealthContributor;
import org.springframework.boot.health.contributor.HealthContributor;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;

/**
 * The health contributors {@code tempbox} (one per tenant), {@code llm} and {@code breakers}, the TempBox call
 * timer and the waiting-conversations gauge.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MonitoringProperties.class)
class MonitoringConfiguration {

    @Bean
    HealthContributor tempboxHealthContributor(TempBoxClient client, Tenants tenants,
            MonitoringProperties properties) {
        Map<String, HealthIndicator> byTenant = new LinkedHashMap<>();
        for (Tenant tenant : tenants.all()) {
            byTenant.put(tenant.id(), new TenantTempBoxHealth(client, tenant, properties.tempboxHealthCacheTtl(),
                    Clock.systemUTC()));
        }
        return CompositeHealthContributor.fromMap(byTenant);
    }

    @Bean
    HealthIndicator llmHealthIndicator(Environment environment, ObjectProvider<CircuitBreakerRegistry> breakers) {
        return new LlmHealthIndicator(environment, breakers);
    }

    @Bean
    HealthIndicator breakersHealthIndicator(ObjectProvider<CircuitBreakerRegistry> breakers) {
        return new BreakersHealthIndicator(breakers);
    }

    /** The outermost TempBox decorator: it times what callers see. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    TempBoxCallMetrics tempBoxCallMetrics(MeterRegistry registry) {
        return new TempBoxCallMetrics(registry);
    }

    @Bean
    WaitingGauge waitingGauge(MeterRegistry registry) {
        return new WaitingGauge(registry);
    }
}
