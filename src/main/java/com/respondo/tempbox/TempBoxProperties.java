package com.respondo.tempbox;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;

/**
 * Where TempBox is, how long to wait for it, and the tenants Respondo works for; validated at start-up so that a
 * wrong setting stops the application with one message instead of failing on the first call.
 *
 * @param baseUrl the API root, e.g. {@code https://api.tempbox.com.br}; calls go to {@code {baseUrl}/api/Atendimento/…}
 * @param connectTimeout how long to wait for a connection
 * @param readTimeout how long to wait for an answer
 * @param waitMargin how much longer than {@code readTimeout} a blocking call waits for its decorated call (connection
 *     set-up plus whatever the {@link TempBoxCallDecorator} adds: retries, back-off, rate-limit waits); the default
 *     30 s fits three attempts that each time out (3 × (2 s + 10 s)) with their back-off
 * @param zone the time zone of TempBox dates that carry no offset
 * @param tenants the companies served, at least one, with distinct ids
 */
@Validated
@ConfigurationProperties("respondo.tempbox")
public record TempBoxProperties(
        @NotNull @TempBoxConstraints.HttpUrl URI baseUrl,
        @DefaultValue("2s") @NotNull @DurationMin(millis = 1) Duration connectTimeout,
        @DefaultValue("10s") @NotNull @DurationMin(millis = 1) Duration readTimeout,
        @DefaultValue("30s") @NotNull @DurationMin(millis = 0) Duration waitMargin,
        @DefaultValue("America/Sao_Paulo") @NotNull ZoneId zone,
        @NotEmpty @TempBoxConstraints.DistinctIds List<@Valid Tenant> tenants) {

    @Override
    public String toString() {
        return "TempBoxProperties[baseUrl=" + baseUrl + ", connectTimeout=" + connectTimeout + ", readTimeout="
                + readTimeout + ", waitMargin=" + waitMargin + ", zone=" + zone + ", tenants=" + tenants + "]";
    }
}
