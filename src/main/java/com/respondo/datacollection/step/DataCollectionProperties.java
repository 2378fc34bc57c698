package com.respondo.datacollection.step;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * How the {@code data-collection} step works ({@code respondo.data-collection}): when a conversation is quiet enough to
 * read, how many open conversations it lists per TempBox call, and per tenant whether a summary is written back to
 * TempBox and whether PII is masked before the customer's text reaches the LLM.
 *
 * @param debounce how old a conversation's newest message must be before the conversation is read, so a burst of
 *     messages is collected once, after it (default 8 s)
 * @param pageSize the rows of each {@code ListarMensagensEmAberto} call (default 50)
 * @param writeBack whether a short summary is appended to the conversation's {@code ObservacoesAdicionais} (Salvar),
 *     for tenants that do not say (default false)
 * @param maskPii whether CPF, CNPJ, cards, e-mails and phones are masked before the customer's text goes to the LLM,
 *     for tenants that do not say (default false); masked values cannot be collected, only intent, urgency, sentiment
 *     and summary
 * @param tenants per-tenant overrides, by tenant id ({@code respondo.tempbox.tenants[].id})
 */
@Validated
@ConfigurationProperties("respondo.data-collection")
public record DataCollectionProperties(
        @DefaultValue("8s") @NotNull @DurationMin(millis = 0) Duration debounce,
        @DefaultValue("50") @Min(1) @Max(500) int pageSize,
        @DefaultValue("false") boolean writeBack,
        @DefaultValue("false") boolean maskPii,
        @Nullable Map<String, @Valid TenantSettings> tenants) {

    public DataCollectionProperties {
        tenants = tenants == null ? Map.of() : Map.copyOf(tenants);
    }

    /** The defaults: 8 s debounce, pages of 50, no write-back, no masking. */
    public static DataCollectionProperties defaults() {
        return new DataCollectionProperties(Duration.ofSeconds(8), 50, false, false, Map.of());
    }

    /** Whether the tenant's conversations get a summary appended to their notes. */
    public boolean writeBack(String tenantId) {
        TenantSettings settings = tenantSettings(tenantId);
        return settings.writeBack() != null ? settings.writeBack() : writeBack;
    }

    /** Whether the tenant's customer text is masked before it reaches the LLM. */
    public boolean maskPii(String tenantId) {
        TenantSettings settings = tenantSettings(tenantId);
        return settings.maskPii() != null ? settings.maskPii() : maskPii;
    }

    private TenantSettings tenantSettings(String tenantId) {
        Objects.requireNonNull(tenantId, "tenantId");
        TenantSettings settings = Objects.requireNonNull(tenants).get(tenantId);
        return settings != null ? settings : TenantSettings.INHERIT;
    }

    /**
     * One tenant's overrides; a setting left out takes the value of the section.
     *
     * @param writeBack whether a summary is appended to the conversation's notes
     * @param maskPii whether PII is masked before the LLM
     */
    public record TenantSettings(@Nullable Boolean writeBack, @Nullable Boolean maskPii) {

        static final TenantSettings INHERIT = new TenantSettings(null, null);
    }
}
