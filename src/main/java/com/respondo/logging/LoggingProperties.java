package com.respondo.logging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How much the logging safety net masks ({@code respondo.logging}); secrets are always masked. Read from the
 * environment before the application context exists, so that start-up lines are masked too.
 *
 * @param maskPii whether customer PII (CPF, CNPJ, card numbers, e-mail addresses, phone numbers) is masked in every
 *     log line (default true; turn it off only to debug with data that is not real)
 */
@ConfigurationProperties("respondo.logging")
public record LoggingProperties(@DefaultValue("true") boolean maskPii) {
}
