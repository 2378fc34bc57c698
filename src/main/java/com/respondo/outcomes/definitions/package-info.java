/**
 * The definitions of the outcomes, plain Java over one conversation's history (its TempBox messages and state, and
 * what the reply ledger recorded about it): automated resolution, containment, hand-off reason, time to first answer,
 * LLM cost, and the report that adds them up. No Spring, HTTP or SQL here; documented in
 * {@code src/site/markdown/outcomes.md}.
 */
@org.jspecify.annotations.NullMarked
package com.respondo.outcomes.definitions;
