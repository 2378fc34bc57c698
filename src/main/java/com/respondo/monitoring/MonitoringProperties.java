package com.respondo.monitoring;

import java.time.Duration;

import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;

/**
 * How the health indicators check the dependencies.
 *
 * @param tempboxHealthCacheTtl how long a tenant's TempBox check (one cheap call) is reused before the next probe
 *     calls TempBox again
 */
@Validated
@ConfigurationProperties("respondo.monitoring")
public record MonitoringProperties(
        @DefaultValue("30s") @NotNull @DurationMin(millis = 0) Duration tempboxHealthCacheTtl) {
}
