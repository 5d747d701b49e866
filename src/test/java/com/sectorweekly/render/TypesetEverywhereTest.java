package com.sectorweekly.render;

import com.sectorweekly.format.Typography;
import com.sectorweekly.testing.ExampleReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The one typography rule holds in every text a reader gets, typed or built, in every format: the
 * text each format prints is one the typography pass would leave as it is. Each format's own
 * syntax is left out (Markdown's heading marks and links, a section's number and a list's marker,
 * which keep a plain space by rule). The PDF prints the thin space as the font's own space, and
 * its extracted text has spaces where cells or runs meet, so there only a missing space or a
 * bracket of the wrong width counts.
 */
class TypesetEverywhereTest {

    private static final Typography THIN = new Typography("thin", true);
    private static final Typography SPACE = new Typography("space", true);
    /** A heading's marks, a link's brackets and target, a list's dash. */
    private static final Pattern MARKDOWN_SYNTAX = Pattern.compile("^#+ |^- \\[?|\\]\\(#[^)]*\\)|\\*\\*");
    /** 2.1, 1.3.2 or 3) before a heading or an item, which keeps its plain space by rule. */
    private static final Pattern SECTION_NUMBER = Pattern.compile("^(?:\\d+(?:\\.\\d+)*|\\d+\\))\\s");

    @ParameterizedTest
    @ValueSource(strings = {"content/2026-W13", "content/2026-03", "content/examples/jinghua/2026-W13",
            "content/examples/jinghua/2025-02-10-deepseek"})
    void everyFormatPrintsTextTheTypographyWouldLeaveAsItIs(String week) throws IOException {
        ExampleReport example = ExampleReport.of(Path.of(week));
        List<String> unset = new ArrayList<>();
        String markdown = new String(example.bytes(Format.MD), StandardCharsets.UTF_8);
        markdown.lines().filter(line -> !line.startsWith("<a id") && !line.startsWith("!["))
                .map(line -> MARKDOWN_SYNTAX.matcher(line.replace("\\", "").strip()).replaceAll(""))
                .forEach(line -> check("md", line, THIN, unset, false));
        Jsoup.parse(new String(example.bytes(Format.HTML), StandardCharsets.UTF_8)).body().select("*:not(svg, svg *, style, script)")
                .forEach(element -> element.textNodes().forEach(node -> check("html", node.text(), THIN, unset, false)));
        try (PDDocument pdf = Loader.loadPDF(example.bytes(Format.PDF))) {
            PDFTextStripper text = new PDFTextStripper() {
                @Override
                public void showForm(PDFormXObject form) {
                    // a chart's labels are set one by one, each typeset as the tree holds it
                }
            };
            text.getText(pdf).lines().forEach(line -> check("pdf", line.replaceAll(" +", " "), SPACE, unset, true));
        }
        assertEquals(List.of(), unset, week);
    }

    private static void check(String format, String line, Typography typography, List<String> unset, boolean missingOnly) {
        String text = SECTION_NUMBER.matcher(line.strip()).replaceFirst("");
        for (Typography.Edit edit : typography.edits(text)) {
            String was = text.substring(edit.start(), edit.end());
            if (!(missingOnly && was.isBlank() && edit.text().isBlank())) {
                unset.add(format + ": '" + was + "' -> '" + edit.text() + "' in " + text);
            }
        }
    }
}
