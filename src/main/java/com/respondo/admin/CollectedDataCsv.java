package com.respondo.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

/**
 * Writes collected data as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when needed). Customer
 * text is untrusted, so a field a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -}, {@code @}...)
 * is prefixed with an apostrophe; international phone numbers ({@code +55...}) are left as they are.
 */
final class CollectedDataCsv {

    static final String HEADER = line(List.of("tenant", "atendimento", "collectedAt", "name", "email", "phone",
            "document", "documentType", "cep", "intent", "urgency", "sentiment", "summary", "sourceMessageIds"));

    private static final Pattern PHONE = Pattern.compile("\\+\\d{8,15}");

    private CollectedDataCsv() {
    }

    static String line(CollectedDataRow row) {
        List<@Nullable String> fields = new ArrayList<>();
        fields.add(row.tenantId());
        fields.add(row.atendimento());
        fields.add(row.collectedAt().toString());
        fields.add(row.name());
        fields.add(row.email());
        fields.add(row.phone());
        fields.add(row.document());
        fields.add(row.documentType());
        fields.add(row.cep());
        fields.add(row.intent());
        fields.add(row.urgency());
        fields.add(row.sentiment());
        fields.add(row.summary());
        fields.add(String.join(" ", row.sourceMessageIds()));
        return line(fields);
    }

    private static String line(List<@Nullable String> fields) {
        return fields.stream().map(CollectedDataCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    static String field(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = isFormula(value) ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r');
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static boolean isFormula(String value) {
        char first = value.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return risky && !PHONE.matcher(value).matches();
    }
}
