package com.respondo.llm;

import org.jspecify.annotations.Nullable;
import org.springframework.ai.converter.BeanOutputConverter;
import org.springframework.ai.converter.StructuredOutputConverter;

/**
 * The model's text parsed into a record, or why it could not be. Parsing never throws, so the usage of an answer
 * that does not parse is still known and recorded.
 *
 * @param value the parsed record, when parsing worked
 * @param problem why parsing failed, when it did
 * @param <T> the record type
 */
record ParsedAnswer<T>(@Nullable T value, @Nullable String problem) {

    /**
     * Spring AI's prompt-based structured output (format instructions plus JSON schema), made total; the instructions
     * are given to the caller for the system message instead of being appended to the user message.
     */
    static final class Converter<T> implements StructuredOutputConverter<ParsedAnswer<T>> {

        private final BeanOutputConverter<T> delegate;

        private final Class<T> type;

        private final String strictSchema;

        Converter(Class<T> type) {
            this.delegate = new BeanOutputConverter<>(type);
            this.type = type;
            this.strictSchema = StrictSchema.of(this.delegate.getJsonSchema());
        }

        /** The record type's name. */
        String type() {
            return this.type.getName();
        }

        /** The record's JSON schema as OpenAI's strict structured outputs take it ({@link StrictSchema}). */
        String strictSchema() {
            return this.strictSchema;
        }

        @Override
        public ParsedAnswer<T> convert(String text) {
            try {
                T value = this.delegate.convert(text);
                return (value != null) ? new ParsedAnswer<>(value, null)
                        : new ParsedAnswer<>(null, "the answer is JSON null");
            }
            catch (RuntimeException ex) {
                return new ParsedAnswer<>(null, "the answer is not JSON for " + this.type.getSimpleName() + " ("
                        + ex.getClass().getSimpleName() + ")");
            }
        }

        /**
         * The format instructions with the record's JSON schema: stable per record type, so {@link SpringAiLlm} puts
         * them at the end of the system message, inside the prompt's byte-identical prefix.
         */
        String instructions() {
            return this.delegate.getFormat();
        }

        /**
         * Empty, so that nothing that follows Spring AI's contract appends the format to the user message: the
         * instructions travel in the system message instead ({@link #instructions()}).
         */
        @Override
        public String getFormat() {
            return "";
        }

        @Override
        public String getJsonSchema() {
            return this.delegate.getJsonSchema();
        }
    }
}
