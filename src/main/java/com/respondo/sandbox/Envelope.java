package com.respondo.sandbox;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** TempBox's answer envelope {@code {Status, Code, Success, Data, Message}}. */
final class Envelope {

    static final String INVALID_TOKEN = "Invalid token";

    private Envelope() {
    }

    static Map<String, @Nullable Object> ok(@Nullable Object data) {
        return envelope("ok", 200, true, data, null);
    }

    static Map<String, @Nullable Object> error(String message) {
        return envelope("error", 500, false, null, message);
    }

    static Map<String, @Nullable Object> unauthorized() {
        return envelope("error", 401, false, null, INVALID_TOKEN);
    }

    private static Map<String, @Nullable Object> envelope(String status, int code, boolean success,
            @Nullable Object data, @Nullable String message) {
        Map<String, @Nullable Object> envelope = new LinkedHashMap<>();
        envelope.put("Status", status);
        envelope.put("Code", code);
        envelope.put("Success", success);
        envelope.put("Data", data);
        envelope.put("Message", message);
        return envelope;
    }
}
