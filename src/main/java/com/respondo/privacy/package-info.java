/**
 * Customer PII in free text: masking CPF, CNPJ, card numbers, e-mail addresses and phone numbers before text reaches a
 * log line or, per tenant, the LLM; a leaf package with no dependency on the rest of Respondo, so logging, the LLM
 * adapter and the domain can all use it without cycles.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.privacy;
