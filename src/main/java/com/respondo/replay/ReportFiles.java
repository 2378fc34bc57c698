package com.respondo.replay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.HtmlUtils;

import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a replay's report under the reports' directory: {@code <tenant>-<yyyyMMdd'T'HHmmss>.json} (the report) and
 * the same name in {@code .html} (a page a person reads: the verdicts' counts, then each turn side by side).
 */
final class ReportFiles {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
        .withZone(ZoneOffset.UTC);

    private final Path directory;

    private final JsonMapper json = JsonMapper.builder().build();

    ReportFiles(Path directory) {
        this.directory = directory;
    }

    /** Writes both files; returns the JSON file's path. */
    Path write(ReplayReport report) {
        String name = report.tenant() + "-" + STAMP.format(report.generatedAt());
        try {
            Files.createDirectories(directory);
            Path jsonFile = directory.resolve(name + ".json");
            Files.writeString(jsonFile, json.writerWithDefaultPrettyPrinter().writeValueAsString(document(report)));
            Files.writeString(directory.resolve(name + ".html"), html(report));
            return jsonFile;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not write the replay report under " + directory, ex);
        }
    }

    private static Map<String, Object> document(ReplayReport report) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("tenant", report.tenant());
        document.put("from", report.from().toString());
        document.put("to", report.to().toString());
        document.put("model", report.model());
        document.put("promptsDir", report.promptsDir());
        document.put("generatedAt", report.generatedAt().toString());
        document.put("conversations", report.conversations());
        document.put("turns", report.turns().size());
        document.put("agreements", report.agreements());
        document.put("verdicts", report.verdicts());
        document.put("replayed", report.turns().stream().map(ReportFiles::turn).toList());
        return document;
    }

    private static Map<String, Object> turn(ReplayedTurn turn) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("conversation", turn.conversation());
        row.put("message", turn.messageId());
        row.put("at", turn.at().toString());
        row.put("customer", turn.customer());
        row.put("actual", turn.actual());
        row.put("actualText", turn.actualText());
        row.put("respondoAction", turn.respondoAction());
        row.put("respondoText", turn.respondoText());
        row.put("steps", turn.respondo());
        row.put("verdict", turn.verdict());
        row.put("agreement", turn.verdict().agreement());
        return row;
    }

    private static String html(ReplayReport report) {
        StringBuilder page = new StringBuilder("<!doctype html>\n<html lang=\"pt-BR\"><head><meta charset=\"utf-8\">"
                + "<title>Respondo replay</title><style>body{font-family:sans-serif;margin:2em}"
                + "table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
                + ".no{background:#fde8e8}</style></head><body>\n");
        page.append("<h1>Replay of ").append(escape(report.tenant())).append("</h1>\n<p>")
            .append(escape(report.from() + " to " + report.to())).append(", model ").append(escape(report.model()))
            .append(report.promptsDir() == null ? "" : ", prompts " + escape(report.promptsDir()))
            .append(": ").append(report.conversations()).append(" conversations, ").append(report.turns().size())
            .append(" turns, ").append(report.agreements()).append(" agreements.</p>\n<table><tr><th>verdict</th>"
                    + "<th>turns</th></tr>\n");
        report.verdicts().forEach((verdict, count) -> page.append("<tr><td>").append(verdict).append("</td><td>")
            .append(count).append("</td></tr>\n"));
        page.append("</table>\n<h2>Turns</h2>\n<table><tr><th>when</th><th>customer</th><th>what happened</th>"
                + "<th>Respondo</th><th>verdict</th></tr>\n");
        for (ReplayedTurn turn : report.turns()) {
            page.append(turn.verdict().agreement() ? "<tr>" : "<tr class=\"no\">")
                .append(cells(List.of(turn.at().toString(), turn.customer(),
                        turn.actual() + (turn.actualText() == null ? "" : ": " + turn.actualText()),
                        turn.respondoAction() + (turn.respondoText() == null ? "" : ": " + turn.respondoText()),
                        turn.verdict().name())))
                .append("</tr>\n");
        }
        return page.append("</table>\n</body></html>\n").toString();
    }

    private static String cells(List<String> values) {
        StringBuilder cells = new StringBuilder();
        values.forEach(value -> cells.append("<td>").append(escape(value)).append("</td>"));
        return cells.toString();
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, "UTF-8");
    }
}
