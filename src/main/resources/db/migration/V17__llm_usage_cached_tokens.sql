-- The prompt tokens of each LLM call that the provider served from its prompt cache (OpenAI's
-- prompt_tokens_details.cached_tokens), included in prompt_tokens; 0 when the provider does not say. The outcomes
-- price them at the model's cached price. Portable SQL: runs on H2 and PostgreSQL.
ALTER TABLE llm_usage ADD COLUMN cached_tokens INTEGER DEFAULT 0 NOT NULL;
