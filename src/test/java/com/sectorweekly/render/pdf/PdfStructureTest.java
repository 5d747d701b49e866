package com.sectorweekly.render.pdf;

import com.sectorweekly.render.Format;
import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.Figure;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Texts;
import com.sectorweekly.testing.Trees;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The PDF as real readers see it (PDFBox, and qpdf where installed): fonts, outline, metadata, pages. */
class PdfStructureTest {

    private static final ExampleReport EXAMPLE = ExampleReport.bundled();
    private static PDDocument pdf;

    @BeforeAll
    static void open() throws IOException {
        pdf = Loader.loadPDF(EXAMPLE.bytes(Format.PDF));
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
    }

    /** The text of one page, in content order. */
    private static String pageText(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    /** A page's text line by line as it stands, whatever order it was drawn in (the contents' numbers come last). */
    private static String pageTextByPosition(int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return stripper.getText(pdf);
    }

    @Test
    void qpdfFindsNoStructuralError(@TempDir Path temp) throws IOException, InterruptedException {
        Path qpdf = Path.of("/usr/bin/qpdf");
        assumeTrue(Files.isExecutable(qpdf), "qpdf is not installed (Debian package 'qpdf'); this check is skipped");
        Path file = temp.resolve("report.pdf");
        Files.write(file, EXAMPLE.bytes(Format.PDF));
        Process check = new ProcessBuilder(qpdf.toString(), "--check", file.toString()).redirectErrorStream(true).start();
        String output = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(check.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, check.exitValue(), output);
        assertTrue(output.contains("No syntax or stream encoding errors found"), output);
    }

    @Test
    void isA4WithSeveralPages() {
        assertTrue(pdf.getNumberOfPages() >= 5, "pages: " + pdf.getNumberOfPages());
        for (PDPage page : pdf.getPages()) {
            assertEquals(595, Math.round(page.getMediaBox().getWidth()));
            assertEquals(842, Math.round(page.getMediaBox().getHeight()));
        }
    }

    @Test
    void onlyTheChineseFontIsUsedAndItIsEmbeddedAsASubset() throws IOException {
        Set<String> fonts = new TreeSet<>();
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                fonts.add(font.getName().replaceFirst("^[A-Z]{6}\\+", ""));
            }
        }
        assertEquals(Set.of("NotoSansSC-Bold", "NotoSansSC-Regular"), fonts);
        assertTrue(EXAMPLE.bytes(Format.PDF).length < 400 * 1024, "the font is subset, not embedded whole");
    }

    @Test
    void outlineHasABookmarkForEveryHeading() {
        List<String> bookmarks = new ArrayList<>();
        for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            bookmarks.add(chapter.getTitle());
            chapter.children().forEach(sub -> bookmarks.add(sub.getTitle()));
        }
        List<String> expected = new ArrayList<>(List.of(EXAMPLE.report.cover().headline(), "内容目录"));
        EXAMPLE.report.outline().forEach(heading -> expected.add(heading.text()));
        assertEquals(expected, bookmarks, "page 1 and the contents, then every heading");
        List<PDOutlineItem> top = new ArrayList<>();
        pdf.getDocumentCatalog().getDocumentOutline().children().forEach(top::add);
        assertEquals(List.of(1, 2), top.subList(0, 2).stream().map(PdfStructureTest::pageOf).toList(),
                "page 1's and the contents' bookmarks open their pages");
    }

    private static int pageOf(PDOutlineItem item) {
        try {
            return pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Every glyph the text uses is as wide in the embedded font program as the PDF's widths say: none was blanked as unused. */
    @Test
    void theEmbeddedFontsKeepEveryGlyphTheTextUses() throws IOException {
        int checked = 0;
        for (COSName name : pdf.getPage(0).getResources().getFontNames()) {
            PDType0Font font = (PDType0Font) pdf.getPage(0).getResources().getFont(name);
            TrueTypeFont program = ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
            for (int code = 1; code < program.getNumberOfGlyphs(); code++) {
                String text = font.toUnicode(code);
                if (text != null) {
                    assertEquals(font.getWidth(code), program.getHorizontalMetrics().getAdvanceWidth(code), 0.5,
                            font.getName() + ": the width of '" + text + "'");
                    checked++;
                }
            }
        }
        assertTrue(checked > 500, "the glyphs of both faces were read: " + checked);
    }

    /** A subset's tag follows the glyphs it holds: another report, with other glyphs, tags its subsets otherwise. */
    @Test
    void subsetTagsFollowTheGlyphsEmbedded() throws IOException {
        try (PDDocument english = Loader.loadPDF(ExampleReport.of(Path.of("content/examples/english/2026-W13")).bytes(Format.PDF))) {
            Set<String> here = new TreeSet<>();
            Set<String> there = new TreeSet<>();
            pdf.getPage(0).getResources().getFontNames().forEach(n -> here.add(fontName(pdf, n)));
            english.getPage(0).getResources().getFontNames().forEach(n -> there.add(fontName(english, n)));
            assertEquals(2, here.size());
            assertTrue(java.util.Collections.disjoint(here, there), here + " and " + there);
        }
    }

    private static String fontName(PDDocument document, COSName name) {
        try {
            return document.getPage(0).getResources().getFont(name).getName();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void secondPageListsEveryHeadingWithThePageItsBookmarkOpens() throws IOException {
        String contents = pageTextByPosition(2);
        assertTrue(Texts.squeeze(contents).contains("内容目录") && Texts.squeeze(contents).contains("图表目录"), contents);
        List<PDOutlineItem> items = new ArrayList<>();
        for (PDOutlineItem chapter : pdf.getDocumentCatalog().getDocumentOutline().children()) {
            items.add(chapter);
            chapter.children().forEach(items::add);
        }
        items = items.subList(2, items.size()); // page 1's and the contents' own
        for (PDOutlineItem item : items) {
            int page = pdf.getPages().indexOf(item.findDestinationPage(pdf)) + 1;
            Matcher line = Pattern.compile(Pattern.quote(Trees.spaced(item.getTitle())) + "[ .]*(\\d+)").matcher(contents);
            assertTrue(line.find(), "contents lists " + item.getTitle());
            assertEquals(page, Integer.parseInt(line.group(1)), item.getTitle() + " page");
            assertTrue(page > 2, item.getTitle() + " is in the body");
        }
    }

    @Test
    void listOfFiguresGivesThePageOfEachCaption() throws IOException {
        String contents = pageTextByPosition(2);
        for (Figure figure : EXAMPLE.report.figures()) {
            Matcher line = Pattern.compile(Pattern.quote(Trees.spaced(figure.title())) + "[ .]*(\\d+)").matcher(contents);
            assertTrue(line.find(), "the list of figures has " + figure.title());
            int page = Integer.parseInt(line.group(1));
            assertTrue(Texts.squeeze(pageText(page)).contains(Texts.squeeze(figure.title())),
                    figure.title() + " is on page " + page);
        }
    }

    /** Charts are form XObjects of the text width or half of it: vector paths and real text, no bitmap anywhere. */
    @Test
    void chartsAreVectorDrawingsWithSelectableText() throws IOException {
        int charts = 0;
        for (PDPage page : pdf.getPages()) {
            for (COSName name : page.getResources().getXObjectNames()) {
                PDXObject object = page.getResources().getXObject(name);
                assertFalse(object instanceof PDImageXObject, "a bitmap on a page");
                if (object instanceof PDFormXObject form && form.getBBox().getWidth() > 150 && form.getBBox().getHeight() > 100
                        && form.getBBox().getWidth() < page.getMediaBox().getWidth()) { // not the contents' page-number overlay
                    charts++;
                    for (COSName inner : form.getResources().getXObjectNames()) {
                        assertFalse(form.getResources().getXObject(inner) instanceof PDImageXObject, "a bitmap in a chart");
                    }
                    String operators = new String(form.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
                    assertTrue(operators.contains(" re") || operators.contains(" l\n"), "the chart draws paths");
                    assertTrue(operators.contains("Tj") || operators.contains("TJ"), "the chart writes text");
                }
            }
        }
        assertEquals(EXAMPLE.report.charts().size(), charts);
        String text = new PDFTextStripper().getText(pdf);
        ChartFigure industries = EXAMPLE.report.charts().stream().filter(c -> c.caption().contains("申万一级行业"))
                .findFirst().orElseThrow();
        for (Chart.Ranking.Bar bar : ((Chart.Ranking) industries.chart()).bars()) {
            assertTrue(text.contains(bar.label()), bar.label() + " can be selected in the ranking chart");
        }
    }

    @Test
    void contentsLinesAreLinks() throws IOException {
        long links = pdf.getPage(1).getAnnotations().stream().filter(a -> a instanceof PDAnnotationLink).count();
        int lines = EXAMPLE.report.outline().size() + EXAMPLE.report.figures().size();
        assertTrue(links >= lines, links + " links for " + lines + " lines");
    }

    @Test
    void documentInformationAndLanguage() {
        PDDocumentInformation info = pdf.getDocumentInformation();
        assertEquals(EXAMPLE.report.info().title(), info.getTitle());
        assertEquals("林知远", info.getAuthor());
        assertTrue(info.getKeywords().contains("通信"), info.getKeywords());
        assertTrue(info.getSubject().contains("行业周报"), info.getSubject());
        assertEquals("zh-CN", pdf.getDocumentCatalog().getLanguage());
    }

    @Test
    void firstPageIsTheSummaryWithRatingAndAnalyst() throws IOException {
        String page1 = pageText(1);
        assertTrue(page1.contains("买入（维持评级）"), page1);
        assertTrue(page1.contains("执业证书编号：S0990524070001") && page1.contains("邮箱：linzhiyuan@hcresearch.example"),
                "the licence and the e-mail are labelled: " + page1);
        String lastPart = EXAMPLE.report.cover().summary().get(EXAMPLE.report.cover().summary().size() - 1).heading().text();
        assertTrue(page1.contains(lastPart), "the summary fits on page 1");
        assertTrue(page1.contains("第 1 页 / 共 " + pdf.getNumberOfPages() + " 页"), "footer with page count");
    }

    @Test
    void bodyPagesCarryTheRunningHeader() throws IOException {
        for (int page = 2; page <= pdf.getNumberOfPages(); page++) {
            String text = pageText(page);
            assertTrue(text.contains(EXAMPLE.report.masthead().runningHeader()), "header on page " + page);
            assertTrue(text.contains("第 " + page + " 页"), "footer on page " + page);
        }
    }

    @Test
    void noLineStartsWithClosingPunctuation() throws IOException {
        String text = new PDFTextStripper().getText(pdf);
        List<String> bad = text.lines().map(String::strip)
                .filter(line -> !line.isEmpty() && "，。、；：？！）》”%".indexOf(line.charAt(0)) >= 0)
                .toList();
        assertEquals(List.of(), bad);
    }
}
