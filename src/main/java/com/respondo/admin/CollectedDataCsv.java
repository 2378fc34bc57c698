package com.respondo.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * Writes collected data as CSV through Commons CSV: every field quoted, CRLF line ends, separated by commas (RFC 4180)
 * or, for Excel in Portuguese (whose list separator is {@code ;}), by semicolons after a UTF-8 byte order mark so
 * that Excel reads the accents right.
 * <p>
 * Customer text is untrusted, so no cell a spreadsheet could make of a field starts a formula: an apostrophe goes
 * before every {@code = + - @} (and their full-width forms {@code ＝ ＋ － ＠}) that starts the field or follows a
 * {@code ;}, {@code ,}, tab or line break in it (a spreadsheet that splits on those makes a cell of each part), even
 * after spaces, no-break spaces and zero-width characters (which spreadsheets skip). A whole field that is an
 * international phone number ({@code +5511987654321}) is left as it is.
 */
final class CollectedDataCsv {

    /** The separators the export offers. */
    enum Separator {
        /** RFC 4180's comma. */
        COMMA(','),
        /** The semicolon of Excel pt-BR, with a UTF-8 byte order mark. */
        SEMICOLON(';');

        private final CSVFormat format;

        Separator(char delimiter) {
            this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuoteMode(QuoteMode.ALL)
                .setRecordSeparator("\r\n")
                .get();
        }

        /** {@code ,} or {@code ;}. */
        static Separator of(String value) {
            return switch (value) {
                case ",", "comma" -> COMMA;
                case ";", "semicolon" -> SEMICOLON;
                default -> throw new IllegalArgumentException("separator must be ',' or ';'");
            };
        }

        /** What the file starts with: nothing, or the byte order mark Excel needs to read UTF-8. */
        String preamble() {
            return (this == SEMICOLON) ? "\uFEFF" : "";
        }
    }

    static final List<String> COLUMNS = List.of("tenant", "atendimento", "collectedAt", "name", "email", "phone",
            "document", "documentType", "cep", "intent", "urgency", "sentiment", "summary", "sourceMessageIds");

    private static final Pattern PHONE = Pattern.compile("\\+\\d{8,15}");

    private static final String FORMULA_STARTS = "=+-@\uFF1D\uFF0B\uFF0D\uFF20";

    private CollectedDataCsv() {
    }

    /** The header line, preceded by the separator's preamble. */
    static String header(Separator separator) {
        return separator.preamble() + record(separator, new ArrayList<>(COLUMNS));
    }

    static String line(Separator separator, CollectedDataRow row) {
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
        return record(separator, fields);
    }

    private static String record(Separator separator, List<@Nullable String> fields) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, separator.format)) {
            printer.printRecord(fields.stream().map(CollectedDataCsv::neutralised));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex); // a StringBuilder does not fail
        }
        return out.toString();
    }

    /** The field with an apostrophe before every formula start (see the class); null is the empty field. */
    static String neutralised(@Nullable String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        if (PHONE.matcher(value).matches()) {
            return value;
        }
        StringBuilder out = null;
        boolean cellStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (cellStart && !isSeparator(c) && !isBlank(c)) {
                cellStart = false;
                if (FORMULA_STARTS.indexOf(c) >= 0) {
                    if (out == null) {
                        out = new StringBuilder(value.length() + 8).append(value, 0, i);
                    }
                    out.append('\'');
                }
            }
            if (out != null) {
                out.append(c);
            }
            if (isSeparator(c)) {
                cellStart = true;
            }
        }
        return (out != null) ? out.toString() : value;
    }

    /** Where a spreadsheet may start a new cell: a field separator or a line break. */
    private static boolean isSeparator(char c) {
        return c == ';' || c == ',' || c == '\t' || c == '\n' || c == '\r';
    }

    /** What a spreadsheet skips before a formula: white space, no-break and zero-width spaces, the BOM. */
    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\u200C'
                || c == '\u200D' || c == '\u2060' || c == '\uFEFF';
    }
}
