package com.sectorweekly.render;

import com.sectorweekly.model.Desk;
import com.sectorweekly.model.WeekMeta;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Figure;
import com.sectorweekly.document.Heading;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Texts;
import com.sectorweekly.testing.Trees;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Markdown, HTML and PDF carry the same parts, in the same order, with the same words; the desk's
 * compliance text appears in each exactly as desk.yaml has it.
 */
class ReportFormatsTest {

    private static final ExampleReport EXAMPLE = ExampleReport.bundled();

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void complianceTextIsVerbatimFromTheDeskFile(Format format) {
        String text = EXAMPLE.text(format);
        Desk desk = EXAMPLE.loaded.desk();
        List<String> expected = new ArrayList<>(desk.disclaimer());
        expected.add(desk.house());
        expected.add(desk.documentType());
        expected.add(desk.licenceStatement());
        expected.add(desk.analystCertification());
        expected.add(desk.informationSources());
        expected.add(desk.ratingScale().horizon() + "相对" + desk.ratingScale().benchmark());
        expected.add("本报告发布时间：2026年3月27日 07:30");
        desk.ratingScale().ratings().forEach(r -> expected.add(r.name() + "：" + r.definition()));
        for (WeekMeta.Risk chosen : EXAMPLE.loaded.week().meta().risks()) {
            Desk.Risk risk = desk.risk(chosen.id()).orElseThrow();
            expected.add(risk.title() + "：" + risk.text());
        }
        desk.analysts().stream().filter(a -> a.id().equals("lin-zhiyuan")).forEach(a -> {
            expected.add(a.name());
            expected.add(a.licence());
        });
        assertContainsAll(format, text, expected);
    }

    /** Every word of the tree, from page 1 to the contacts, is printed by each format, in the tree's order. */
    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void everyPartIsThereWithTheSameWords(Format format) {
        Document report = EXAMPLE.report;
        List<String> expected = new ArrayList<>();
        expected.add(report.masthead().sectorTitle());
        expected.add(report.masthead().badge());
        expected.addAll(Trees.words(report));
        assertContainsAll(format, EXAMPLE.text(format), expected);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void partsComeInTheOrderOfTheReference(Format format) {
        String text = EXAMPLE.text(format);
        Document report = EXAMPLE.report;
        List<String> cover = new ArrayList<>();
        cover.add(report.cover().rating());
        report.cover().summary().forEach(part -> cover.add(part.heading().text()));
        int last = assertInOrder(format, text, -1, cover);
        last = Math.max(last, endOfContents(format, text));
        assertInOrder(format, text, last, report.outline().stream().map(Heading::text).toList());
    }

    /** The body's words come in the tree's order: paragraph after paragraph, table after table. */
    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void theBodyReadsInTheOrderOfTheTree(Format format) {
        String text = EXAMPLE.text(format);
        int body = endOfContents(format, text);
        List<String> paragraphs = Trees.paragraphs(EXAMPLE.report.chapters()).stream()
                .filter(p -> !p.isBlank()).toList();
        assertInOrder(format, text, body, paragraphs);
    }

    /** Where the list of figures ends: its last character; the body begins after it. */
    private static int endOfContents(Format format, String text) {
        List<Figure> figures = EXAMPLE.report.figures();
        String lastEntry = Texts.squeeze(figures.get(figures.size() - 1).title());
        int end = text.indexOf(lastEntry, text.indexOf(Texts.squeeze(EXAMPLE.report.labels().get("contents.figures"))));
        assertTrue(end > 0, format + " has a list of figures");
        return end + lastEntry.length() - 1;
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void contentsListEveryHeadingAndFigureInOrder(Format format) {
        String text = EXAMPLE.text(format);
        Document report = EXAMPLE.report;
        int contents = text.indexOf(Texts.squeeze(report.labels().get("contents.title")));
        assertTrue(contents >= 0, format + " has a contents list");
        int last = assertInOrder(format, text, contents, report.outline().stream().map(Heading::text).toList());
        last = assertInOrder(format, text, last, List.of(report.labels().get("contents.figures")));
        assertInOrder(format, text, last, report.figures().stream().map(Figure::title).toList());
    }

    private static int assertInOrder(Format format, String text, int from, List<String> parts) {
        int last = from;
        for (String part : parts) {
            int at = text.indexOf(Texts.squeeze(part), last + 1);
            assertTrue(at > last, () -> format + ": '" + part + "' is missing or out of order");
            last = at;
        }
        return last;
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void figuresAreNumberedOnceEachInSequence(Format format) {
        String text = EXAMPLE.text(format);
        List<Figure> figures = EXAMPLE.report.figures();
        int body = endOfContents(format, text);
        for (int i = 0; i < figures.size(); i++) {
            String caption = Texts.squeeze("图表" + (i + 1) + "：");
            int first = text.indexOf(caption, body + 1);
            assertTrue(first >= 0, format + " lacks " + caption);
            if (format != Format.PDF) { // the PDF repeats a caption on each page its table spans
                assertEquals(-1, text.indexOf(caption, first + 1), format + " prints " + caption + " twice");
            }
        }
        assertEquals(-1, text.indexOf("图表" + (figures.size() + 1) + "："), "no figure beyond the last");
    }

    private static void assertContainsAll(Format format, String text, List<String> expected) {
        List<String> missing = expected.stream()
                .filter(e -> !e.isBlank())
                .filter(e -> !text.contains(Texts.squeeze(e)))
                .toList();
        assertEquals(List.of(), missing, format + " lacks these words");
    }
}
