package com.respondo.tempbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.deser.DeserializationProblemHandler;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * TempBox's own JSON mapper, independent of the application's: requests omit null fields and write dates as
 * local date-times of the TempBox zone (SQL Server's {@code smalldatetime} takes no offset); answers are read
 * tolerantly (unknown fields ignored, property names in any case, loose dates, bits and numbers).
 */
final class TempBoxJson {

    private TempBoxJson() {
    }

    static JsonMapper mapper(ZoneId zone) {
        return builder(zone).enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES).build();
    }

    /**
     * The same mapper, but matching property names exactly, which spares Jackson lowering the case of every field
     * of every row: an unknown field that differs from a known one only in case stops the read ({@link
     * CaseMismatches}, {@link TolerantReaders.SecondPassNeeded}), and the caller reads that answer again with
     * {@link #mapper(ZoneId)}.
     */
    static JsonMapper exactNamesMapper(ZoneId zone) {
        return builder(zone).addHandler(new CaseMismatches()).build();
    }

    private static JsonMapper.Builder builder(ZoneId zone) {
        SimpleModule module = new SimpleModule("tempbox")
            .addSerializer(Instant.class, new LocalDateTimeWriter(zone))
            .addDeserializer(Instant.class, new TolerantReaders.InstantReader(zone))
            .addDeserializer(Boolean.class, new TolerantReaders.BooleanReader())
            .addDeserializer(Integer.class, new TolerantReaders.IntegerReader())
            .addDeserializer(Long.class, new TolerantReaders.LongReader());
        return JsonMapper.builder()
            .addModule(module)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL));
    }

    /**
     * Stops a read by exact names at a field that is not known as written but is known in another case ({@code hash}
     * for {@code Hash}); other unknown fields are skipped, as everywhere.
     */
    static final class CaseMismatches extends DeserializationProblemHandler {

        /** Known names, lower-cased, by deserializer (the mapper caches one deserializer per type). */
        private final Map<ValueDeserializer<?>, Set<String>> known = new ConcurrentHashMap<>();

        @Override
        public boolean handleUnknownProperty(DeserializationContext context, JsonParser parser,
                ValueDeserializer<?> deserializer, Object beanOrClass, String propertyName) {
            Set<String> names = this.known.computeIfAbsent(deserializer, CaseMismatches::lowerCased);
            if (names.contains(propertyName.toLowerCase(Locale.ROOT))) {
                throw new TolerantReaders.SecondPassNeeded();
            }
            return false;
        }

        private static Set<String> lowerCased(ValueDeserializer<?> deserializer) {
            Collection<Object> names = deserializer.getKnownPropertyNames();
            return (names == null) ? Set.of()
                    : names.stream().map(name -> name.toString().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        }
    }

    /** Writes an instant as {@code yyyy-MM-ddTHH:mm:ss} in the TempBox zone. */
    static final class LocalDateTimeWriter extends ValueSerializer<Instant> {

        private final ZoneId zone;

        LocalDateTimeWriter(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public void serialize(Instant value, JsonGenerator generator, SerializationContext context) {
            LocalDateTime local = LocalDateTime.ofInstant(value.truncatedTo(ChronoUnit.SECONDS), this.zone);
            generator.writeString(local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME));
        }
    }
}
