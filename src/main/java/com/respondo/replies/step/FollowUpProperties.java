package com.respondo.replies.step;

import java.time.Duration;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.respondo.replies.policy.FollowUpSettings;

/**
 * How the {@code follow-ups} job follows up customers silent after the bot's answer ({@code respondo.follow-ups}):
 * the defaults of every tenant, and what each tenant changes ({@code respondo.follow-ups.tenants.<id>}, ids as in
 * {@code respondo.tempbox.tenants}).
 *
 * @param enabled whether silent customers are followed up (a tenant may say otherwise)
 * @param nudgeAfter how long the customer is silent after the bot's last message before one nudge (sent only inside
 *     the tenant's business hours)
 * @param closeAfter how long after the nudge, still without an answer, the farewell is sent and the conversation
 *     closed (EncerrarAtendimento)
 * @param nudgeText the nudge sent when the LLM cannot write one; the built-in pt-BR one when not given
 * @param farewellText the farewell before the close; the built-in pt-BR one when not given
 * @param tenants per tenant, the settings it changes (a setting left out is the default above)
 */
@Validated
@ConfigurationProperties("respondo.follow-ups")
public record FollowUpProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("2h") @NotNull Duration nudgeAfter,
        @DefaultValue("22h") @NotNull Duration closeAfter,
        @Nullable @Size(max = 1000) String nudgeText,
        @Nullable @Size(max = 1000) String farewellText,
        @Nullable Map<String, @Valid TenantFollowUps> tenants) {

    public FollowUpProperties {
        tenants = (tenants != null) ? Map.copyOf(tenants) : Map.of();
        if (nudgeAfter.isNegative() || closeAfter.isNegative()) {
            throw new IllegalArgumentException("respondo.follow-ups: nudge-after and close-after must not be negative");
        }
    }

    /** The settings of one tenant: its own where it has them, the defaults elsewhere. */
    public FollowUpSettings tenant(String tenantId) {
        TenantFollowUps own = tenants.getOrDefault(tenantId, TenantFollowUps.NONE);
        return new FollowUpSettings(own.enabled() != null ? own.enabled() : enabled,
                own.nudgeAfter() != null ? own.nudgeAfter() : nudgeAfter,
                own.closeAfter() != null ? own.closeAfter() : closeAfter,
                own.nudgeText() != null ? own.nudgeText() : nudgeText,
                own.farewellText() != null ? own.farewellText() : farewellText);
    }

    /**
     * What one tenant changes; null keeps the default.
     *
     * @param enabled whether its silent customers are followed up
     * @param nudgeAfter its silence before the nudge
     * @param closeAfter its silence after the nudge before the close
     * @param nudgeText its fixed nudge
     * @param farewellText its farewell
     */
    public record TenantFollowUps(@Nullable Boolean enabled, @Nullable Duration nudgeAfter,
            @Nullable Duration closeAfter, @Nullable @Size(max = 1000) String nudgeText,
            @Nullable @Size(max = 1000) String farewellText) {

        static final TenantFollowUps NONE = new TenantFollowUps(null, null, null, null, null);

        public TenantFollowUps {
            if (nudgeAfter != null && nudgeAfter.isNegative() || closeAfter != null && closeAfter.isNegative()) {
                throw new IllegalArgumentException("nudge-after and close-after must not be negative");
            }
        }
    }
}
