package com.sectorweekly.render;

import com.sectorweekly.model.Desk;
import com.sectorweekly.report.Figure;
import com.sectorweekly.report.Heading;
import com.sectorweekly.report.Report;
import com.sectorweekly.report.RichText;
import com.sectorweekly.report.TableFigure;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Texts;
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
        for (String id : EXAMPLE.loaded.week().meta().risks()) {
            Desk.Risk risk = desk.risk(id).orElseThrow();
            expected.add(risk.title() + "：" + risk.text());
        }
        desk.analysts().stream().filter(a -> a.id().equals("lin-zhiyuan")).forEach(a -> {
            expected.add(a.name());
            expected.add(a.licence());
        });
        assertContainsAll(format, text, expected);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void everyPartIsThereWithTheSameWords(Format format) {
        Report report = EXAMPLE.report;
        List<String> expected = new ArrayList<>();
        expected.add(report.masthead().sectorTitle());
        expected.add(report.masthead().badge());
        expected.add(report.cover().rating());
        expected.add(report.cover().headline());
        report.cover().views().stream().map(RichText::text).forEach(expected::add);
        expected.add(report.cover().coreData().text());
        expected.add(report.cover().advice().text());
        expected.add(report.cover().risks());
        report.segments().segments().forEach(s -> expected.add(s.name() + "：" + s.moves() + s.commentary().text()));
        report.outline().stream().map(Heading::text).forEach(expected::add);
        for (Figure figure : report.figures()) {
            expected.add(figure.title());
            expected.add(figure.source());
            if (figure instanceof TableFigure table) {
                table.rows().forEach(expected::addAll);
            }
        }
        report.coreData().groups().forEach(g -> g.paragraphs().forEach(p -> expected.add(p.text())));
        expected.add(report.market().review());
        expected.add(report.market().movers());
        report.news().groups().forEach(g -> g.companies().forEach(c -> {
            expected.add(c.company());
            c.items().forEach(i -> expected.add(i.date() + i.text().text() + i.source()));
        }));
        report.disclaimer().offices().forEach(o -> expected.addAll(o.lines()));
        assertContainsAll(format, EXAMPLE.text(format), expected);
    }

    @ParameterizedTest
    @EnumSource(value = Format.class, names = {"MD", "HTML", "PDF"})
    void partsComeInTheOrderOfTheReference(Format format) {
        String text = EXAMPLE.text(format);
        Report report = EXAMPLE.report;
        int last = assertInOrder(format, text, -1, List.of(
                report.cover().rating(), report.cover().viewsTitle(), report.cover().segmentsTitle(),
                report.cover().risksTitle()));
        last = Math.max(last, endOfContents(format, text));
        assertInOrder(format, text, last, report.outline().stream().map(Heading::text).toList());
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
        Report report = EXAMPLE.report;
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
