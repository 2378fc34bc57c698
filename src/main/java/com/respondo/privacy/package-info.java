/**
 * What must not leak from free text: customer PII (CPF, CNPJ, card numbers, e-mail addresses, phone numbers), masked
 * before text reaches a log line or, per tenant, the LLM, and secrets: written as {@code token=VALUE} or the configured
 * secret values themselves ({@link com.respondo.privacy.ConfiguredSecrets}); a leaf package with no dependency on the
 * rest of Respondo, so logging, the TempBox client, the LLM adapter and the domain can all
 * use it without cycles.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.privacy;
