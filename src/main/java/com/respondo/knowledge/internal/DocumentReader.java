package com.respondo.knowledge.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.tika.detect.CompositeEncodingDetector;
import org.apache.tika.detect.EncodingDetector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.HtmlEncodingDetector;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.pdf.PDFParser;
import org.xml.sax.SAXException;

/**
 * Reads one knowledge file into headed sections: Markdown and plain text directly (UTF-8), HTML and PDF through
 * Apache Tika's parsers, whose XHTML is written as Markdown ({@link MarkdownWriter}) so that one cutter serves all.
 */
final class DocumentReader {

    /** The longest first line of a plain text taken for its title. */
    private static final int MAX_TITLE = 80;

    /**
     * HTML's encoding: the page's own declaration, else UTF-8 (Tika's guessing detectors are in its text module,
     * which is not on the class path: without this, an undeclared page is read as ASCII).
     */
    private static final ParseContext CONTEXT = context();

    private final Parser html = new JSoupParser();

    private final Parser pdf = new PDFParser();

    /**
     * @param fileName the file's name, for its format and, when it has no title, its title
     * @throws IOException when the file cannot be read or parsed
     */
    ReadDocument read(String fileName, DocumentFormat format, InputStream content) throws IOException {
        return switch (format) {
            case MARKDOWN -> document(fileName, format, new String(content.readAllBytes(), StandardCharsets.UTF_8), "");
            case TEXT -> document(fileName, format,
                    withTitleHeading(new String(content.readAllBytes(), StandardCharsets.UTF_8)), "");
            case HTML -> parsed(fileName, format, html, content);
            case PDF -> parsed(fileName, format, pdf, content);
        };
    }

    private static ReadDocument parsed(String fileName, DocumentFormat format, Parser parser, InputStream content)
            throws IOException {
        MarkdownWriter markdown = new MarkdownWriter();
        Metadata metadata = new Metadata();
        try (TikaInputStream in = TikaInputStream.get(content)) {
            parser.parse(in, markdown, metadata, CONTEXT);
        }
        catch (SAXException | TikaException ex) {
            throw new IOException(ex.getMessage(), ex);
        }
        String title = metadata.get(TikaCoreProperties.TITLE);
        return document(fileName, format, markdown.toString(), (title != null) ? title.strip() : "");
    }

    private static ReadDocument document(String fileName, DocumentFormat format, String markdown, String title) {
        List<Section> sections = MarkdownSections.of(markdown);
        String heading = MarkdownSections.title(sections);
        String chosen = !title.isEmpty() ? title : !heading.isEmpty() ? heading : fromFileName(fileName);
        return new ReadDocument(chosen, format, sections);
    }

    /**
     * Plain text whose first line stands alone, short and with no final punctuation, is taken to start with its
     * title: that line becomes a heading.
     */
    private static String withTitleHeading(String text) {
        String stripped = text.stripLeading();
        int end = stripped.indexOf('\n');
        String first = (end < 0) ? stripped : stripped.substring(0, end);
        boolean alone = end >= 0 && stripped.substring(end + 1).startsWith("\n")
                || end >= 0 && stripped.substring(end + 1).startsWith("\r\n");
        boolean titleLike = !first.isBlank() && first.strip().length() <= MAX_TITLE
                && !first.strip().matches(".*[.!?:;,]$");
        return (alone && titleLike) ? "# " + stripped : text;
    }

    private static ParseContext context() {
        ParseContext context = new ParseContext();
        context.set(EncodingDetector.class, new CompositeEncodingDetector(
                List.of(new HtmlEncodingDetector(), (in, metadata) -> StandardCharsets.UTF_8)));
        return context;
    }

    /** {@code politica-de-trocas.md} → "Politica de trocas". */
    private static String fromFileName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String base = ((dot > 0) ? fileName.substring(0, dot) : fileName).replace('-', ' ').replace('_', ' ').strip();
        return base.isEmpty() ? fileName : base.substring(0, 1).toUpperCase(Locale.ROOT) + base.substring(1);
    }
}
