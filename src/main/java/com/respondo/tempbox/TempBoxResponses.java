package com.respondo.tempbox;

import static com.respondo.tempbox.EnvelopeNodes.bit;
import static com.respondo.tempbox.EnvelopeNodes.describe;
import static com.respondo.tempbox.EnvelopeNodes.field;
import static com.respondo.tempbox.EnvelopeNodes.integer;
import static com.respondo.tempbox.EnvelopeNodes.text;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Reads TempBox's answers, in this one place: the HTTP status, the envelope {@code {Status, Code, Success, Data,
 * Message}}, and {@code Data} as rows of the operation's record type; everything that is not a usable answer
 * becomes the matching {@link TempBoxException}. The usual answer is read in one pass by the
 * {@link OnePassEnvelopeReader}; the rest, through a JSON tree here ({@link EnvelopeNodes} reads its loose fields).
 */
final class TempBoxResponses {

    static final int EXCERPT_LENGTH = 200;

    private final JsonMapper mapper;

    private final Clock clock;

    private final TempBoxRowReaders rowReaders;

    private final OnePassEnvelopeReader onePass;

    /**
     * @param mapper the case-insensitive mapper ({@link TempBoxJson#mapper})
     * @param exactNamesMapper the same by exact names ({@link TempBoxJson#exactNamesMapper})
     */
    TempBoxResponses(JsonMapper mapper, JsonMapper exactNamesMapper, Clock clock) {
        this.mapper = mapper;
        this.clock = clock;
        this.rowReaders = new TempBoxRowReaders(mapper, exactNamesMapper);
        this.onePass = new OnePassEnvelopeReader(exactNamesMapper, this.rowReaders);
    }

    /**
     * An HTTP answer as received: status, headers, the body's bytes and their charset (UTF-8 unless the
     * {@code Content-Type} names another). A UTF-8 body is parsed from its bytes; {@link #body()} decodes it for the
     * rest (the tree, excerpts).
     */
    record HttpResult(int status, HttpHeaders headers, byte[] bytes, Charset charset) {

        String body() {
            return new String(this.bytes, this.charset);
        }

        boolean utf8() {
            return StandardCharsets.UTF_8.equals(this.charset);
        }
    }

    /**
     * A successful envelope: its {@code Code} (when sent) and its {@code Data} (missing node when absent), or, when it
     * was read in one pass ({@link OnePassEnvelopeReader}), the rows of {@code Data} already read as {@code rowType}.
     */
    record Envelope(@Nullable Integer code, JsonNode data, @Nullable Class<?> rowType, @Nullable List<?> rows) {

        Envelope(@Nullable Integer code, JsonNode data) {
            this(code, data, null, null);
        }
    }

    /**
     * The envelope of a successful answer, or the exception that the status or the envelope calls for; {@code Data}
     * already read as rows of {@code rowType} (none: not read) when the answer is the usual one
     * ({@link OnePassEnvelopeReader}).
     */
    Envelope envelope(TempBoxCall call, HttpResult result, @Nullable Class<?> rowType) {
        Envelope streamed = this.onePass.read(call, result, rowType);
        return (streamed != null) ? streamed : envelope(call, result);
    }

    /** The envelope of a successful answer, or the exception that the status or the envelope calls for. */
    Envelope envelope(TempBoxCall call, HttpResult result) {
        int status = result.status();
        if (status == 401) {
            throw unauthorized(call, "HTTP 401" + messageOf(result));
        }
        if (status == 429 || status == 503) {
            throw new TempBoxUnavailableException(call.operation(), call.tenant().id(),
                    "HTTP " + status + messageOf(result), retryAfter(result.headers().getFirst(HttpHeaders.RETRY_AFTER)));
        }
        if (status >= 500) {
            String message = messageOf(result);
            if (TempBoxConversationNotFoundException.saysNotFound(message)) {
                throw new TempBoxConversationNotFoundException(call.operation(), call.tenant().id(),
                        "HTTP " + status + message);
            }
            throw new TempBoxUnavailableException(call.operation(), call.tenant().id(), "HTTP " + status
                    + message, null);
        }
        if (status >= 400) {
            throw new TempBoxRejectedException(call.operation(), call.tenant().id(), status, excerpt(call, result));
        }
        if (status < 200 || status >= 300) {
            throw malformed(call, result, "unexpected HTTP " + status);
        }
        return successfulEnvelope(call, result);
    }

    private Envelope successfulEnvelope(TempBoxCall call, HttpResult result) {
        JsonNode root = parse(call, result);
        if (root == null || !root.isObject()) {
            throw malformed(call, result, "the answer is not a TempBox envelope");
        }
        Integer code = integer(field(root, "Code"));
        Boolean success = bit(field(root, "Success"));
        String status = text(field(root, "Status"));
        if (code != null && code == 401) {
            throw unauthorized(call, "Code 401" + message(root));
        }
        if (success == null && code == null && status == null) {
            throw malformed(call, result, "the envelope has no Success, Code or Status");
        }
        boolean failed = Boolean.FALSE.equals(success) || (code != null && code >= 400)
                || (success == null && code == null && !"ok".equalsIgnoreCase(status));
        if (failed) {
            String message = message(root);
            if (TempBoxConversationNotFoundException.saysNotFound(message)) {
                throw new TempBoxConversationNotFoundException(call.operation(), call.tenant().id(),
                        "Code " + code + message);
            }
            throw new TempBoxUnavailableException(call.operation(), call.tenant().id(),
                    "Success false, Code " + code + message, null);
        }
        JsonNode data = field(root, "Data");
        return new Envelope(code, (data != null) ? data : MissingNode.getInstance());
    }


    /** {@code Data} as rows of {@code type}: none when null or absent, an error when it is not an array of objects. */
    @SuppressWarnings("unchecked")
    <T> List<T> rows(TempBoxCall call, HttpResult result, Envelope envelope, Class<T> type) {
        if (envelope.rows() != null) {
            if (envelope.rowType() != type) {
                throw new IllegalStateException("Data was read as " + envelope.rowType() + ", not " + type);
            }
            return (List<T>) envelope.rows();
        }
        JsonNode data = envelope.data();
        if (data.isNull() || data.isMissingNode()) {
            return List.of();
        }
        if (!data.isArray()) {
            throw malformed(call, result, "Data is " + describe(data) + " where an array is expected");
        }
        TempBoxRowReaders.RowReaders readers = this.rowReaders.readers(type, call.operation());
        List<T> rows = new ArrayList<>(data.size());
        for (int i = 0; i < data.size(); i++) {
            JsonNode row = data.get(i);
            if (!row.isObject()) {
                throw malformed(call, result, "Data[" + i + "] is " + describe(row) + " where an object is expected");
            }
            try {
                rows.add(readers.anyCase().readValue(row));
            }
            catch (JacksonException ex) {
                throw malformed(call, result, "Data[" + i + "] does not fit " + type.getSimpleName() + ": "
                        + SecretMasking.excerpt(ex.getOriginalMessage(), call.tenant().token(), 120));
            }
        }
        return rows;
    }

    /** The first row of {@code Data}, if any; an error when it lacks its id. */
    <T> Optional<T> single(TempBoxCall call, HttpResult result, Envelope envelope, Class<T> type,
            String idName, Function<T, @Nullable String> id) {
        List<T> rows = rows(call, result, envelope, type);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        T row = rows.get(0);
        String value = id.apply(row);
        if (value == null || value.isBlank()) {
            throw malformed(call, result, "the row has no " + idName);
        }
        return Optional.of(row);
    }

    private @Nullable JsonNode parse(TempBoxCall call, HttpResult result) {
        String body = result.body();
        if (body.isBlank()) {
            throw malformed(call, result, "empty answer");
        }
        try {
            return this.mapper.readTree(body);
        }
        catch (JacksonException ex) {
            throw malformed(call, result, "malformed JSON");
        }
    }

    private TempBoxUnauthorizedException unauthorized(TempBoxCall call, String detail) {
        return new TempBoxUnauthorizedException(call.operation(), call.tenant().id(),
                "TempBox refused the tenant's token (" + detail + ")");
    }

    private TempBoxResponseException malformed(TempBoxCall call, HttpResult result, String problem) {
        return new TempBoxResponseException(call.operation(), call.tenant().id(), problem, excerpt(call, result));
    }

    private static String excerpt(TempBoxCall call, HttpResult result) {
        return SecretMasking.excerpt(result.body(), call.tenant().token(), EXCERPT_LENGTH);
    }

    /** {@code ": <Message>"} of an error body that is an envelope, or nothing. */
    private String messageOf(HttpResult result) {
        try {
            JsonNode root = this.mapper.readTree(result.body());
            return (root != null && root.isObject()) ? message(root) : "";
        }
        catch (JacksonException ex) {
            return "";
        }
    }

    private static String message(JsonNode envelope) {
        String message = text(field(envelope, "Message"));
        return (message == null || message.isBlank()) ? "" : ": " + SecretMasking.excerpt(message, null, 100);
    }

    @Nullable Duration retryAfter(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(value.strip())));
        }
        catch (NumberFormatException ex) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME);
                Duration wait = Duration.between(this.clock.instant(), at.toInstant());
                return wait.isNegative() ? Duration.ZERO : wait;
            }
            catch (DateTimeParseException unreadable) {
                return null;
            }
        }
    }

}
