package com.respondo.tempbox;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
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
        SimpleModule module = new SimpleModule("tempbox")
            .addSerializer(Instant.class, new LocalDateTimeWriter(zone))
            .addDeserializer(Instant.class, new TolerantReaders.InstantReader(zone))
            .addDeserializer(Boolean.class, new TolerantReaders.BooleanReader())
            .addDeserializer(Integer.class, new TolerantReaders.IntegerReader())
            .addDeserializer(Long.class, new TolerantReaders.LongReader());
        return JsonMapper.builder()
            .addModule(module)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_PROPERTIES)
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();
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
