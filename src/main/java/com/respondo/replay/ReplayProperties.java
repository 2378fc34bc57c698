package com.respondo.replay;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/**
 * The replay's settings ({@code respondo.replay}).
 *
 * @param dir where the reports are written (default {@code <respondo.data-dir>/replays})
 * @param recent how many recent conversations {@code ListarRecentes} is asked for (default 500)
 */
@Validated
@ConfigurationProperties("respondo.replay")
public record ReplayProperties(@NotNull Path dir, @DefaultValue("500") @Positive int recent) {
}
