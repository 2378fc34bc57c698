package com.respondo.admin;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import com.respondo.testsupport.AdminClients;
import com.respondo.testsupport.RespondoIntegrationTest;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Formula injection through the collected-data CSV export (issue 13): customer text that a spreadsheet would run as a
 * formula, however it hides the {@code =}, never starts a cell; Excel pt-BR gets a semicolon-separated file with a
 * UTF-8 BOM; every field is quoted.
 */
@RespondoIntegrationTest
@Import(InMemoryCollectedData.Configuration.class)
class CsvExportSecurityRegressionTests {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

    /** Each hides a formula start differently. */
    private static final List<String> ATTACKS = List.of("=HYPERLINK(\"http://evil\")", "  =1+1", "\t=1+1",
            "\u00A0=1+1", "\u200B=cmd|\" /C calc\"!A0", "\uFEFF@SUM(A1)", "\uFF1D1+1", "\uFF0B1+1", "-2+3", "+1+1",
            "troca;=1+1", "troca; \u00A0@SUM(A1)", "linha 1\n=1+1", "linha 1\r\n  -1+1", "a,=1+1", "a;\uFF20x");

    @LocalServerPort
    int port;

    @Autowired
    InMemoryCollectedData store;

    @AfterEach
    void clear() {
        store.clear();
    }

    @Test
    void noCellOfTheExportStartsAFormulaWhereverTheSpreadsheetSplitsIt() throws IOException {
        for (int i = 0; i < ATTACKS.size(); i++) {
            String attack = ATTACKS.get(i);
            store.add(new CollectedDataRow(i + 1, "loja-aurora", "atd-" + i, NOW, attack, null, "+5511987654321",
                    null, null, null, null, null, null, attack, List.of("msg-" + i)));
        }

        for (String separator : List.of(",", ";")) {
            String csv = export(separator);
            List<CSVRecord> records = parse(csv, separator.charAt(0));

            assertThat(records).hasSize(ATTACKS.size());
            for (int i = 0; i < ATTACKS.size(); i++) {
                CSVRecord record = records.get(i);
                assertThat(record.get("phone")).isEqualTo("+5511987654321");
                for (String field : List.of(record.get("name"), record.get("summary"))) {
                    // what a spreadsheet makes of the field when it splits on ; , tab or line breaks and skips blanks
                    for (String cell : field.split("[;,\t\r\n]")) {
                        String shown = cell.replaceAll("^[\\s\u00A0\u200B\u200C\u200D\u2060\uFEFF]+", "");
                        assertThat(shown).as("a cell of %s", ATTACKS.get(i)).doesNotStartWith("=")
                            .doesNotStartWith("+").doesNotStartWith("-").doesNotStartWith("@")
                            .doesNotStartWith("\uFF1D").doesNotStartWith("\uFF0B").doesNotStartWith("\uFF20");
                    }
                    assertThat(field.replace("'", "")).isEqualTo(ATTACKS.get(i));
                }
            }
        }
    }

    @Test
    void excelPtBrGetsSemicolonsAndAByteOrderMarkAndEveryFieldIsQuoted() throws IOException {
        store.add(new CollectedDataRow(1, "loja-aurora", "atd-1", NOW, "João; Souza", null, null, null, null, null,
                "troca de produto, tamanho errado", null, null, null, List.of("msg-1")));

        String semicolons = export(";");
        String commas = export(",");

        assertThat(semicolons).startsWith("\uFEFF\"tenant\";\"atendimento\";\"collectedAt\";");
        assertThat(semicolons.split("\r\n")[1]).isEqualTo("\"loja-aurora\";\"atd-1\";\"" + NOW
                + "\";\"João; Souza\";\"\";\"\";\"\";\"\";\"\";\"troca de produto, tamanho errado\";\"\";\"\";\"\";"
                + "\"msg-1\"");
        assertThat(parse(semicolons, ';').get(0).get("name")).isEqualTo("João; Souza");
        assertThat(commas).startsWith("\"tenant\",\"atendimento\",");
        assertThat(parse(commas, ',').get(0).get("intent")).isEqualTo("troca de produto, tamanho errado");
    }

    private String export(String separator) {
        byte[] body = AdminClients.admin(port)
            .get()
            .uri(uri -> uri.path("/admin/collected-data").queryParam("separator", "{separator}")
                .queryParam("since", NOW.minus(1, ChronoUnit.DAYS).toString())
                .build(separator))
            .accept(MediaType.parseMediaType("text/csv"))
            .exchange()
            .expectStatus()
            .isOk()
            .expectBody()
            .returnResult()
            .getResponseBody();
        return new String(body, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv, char separator) throws IOException {
        String withoutBom = csv.startsWith("\uFEFF") ? csv.substring(1) : csv;
        return CSVFormat.RFC4180.builder()
            .setDelimiter(separator)
            .setHeader()
            .get()
            .parse(new StringReader(withoutBom))
            .getRecords();
    }
}
