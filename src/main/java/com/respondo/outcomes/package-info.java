/**
 * How well Respondo serves, per tenant and period: conversations touched, automated resolution, hand-offs by reason,
 * containment, time to first answer, LLM cost and the customers' satisfaction (CSAT), computed from the reply ledger,
 * the LLM token usage and what TempBox returns for each conversation, never estimated. The API is this package
 * ({@link com.respondo.outcomes.Outcomes}, {@link com.respondo.outcomes.OutcomeReport} and the optional
 * {@link com.respondo.outcomes.SatisfactionSurvey}); the definitions, plain Java, live in {@code definitions}, the
 * reading and the metrics in {@code internal}. The definitions are documented in {@code src/site/markdown/outcomes.md}.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.outcomes;
