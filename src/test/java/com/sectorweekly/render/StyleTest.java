package com.sectorweekly.render;

import com.sectorweekly.document.Document;
import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** templates/style.yaml: one edit restyles the HTML and the PDF alike, and a mistake in it is named. */
class StyleTest {

    private static final Path WEEK = ExampleWeek.CONTENT.resolve(ExampleWeek.WEEK);

    @TempDir
    Path temp;

    @Test
    void oneEditToTheStyleChangesTheHtmlAndThePdf() throws Exception {
        Path templates = copyOfTheTemplates();
        edit(templates, "  table: 8.5\n", "  table: 10.5\n");
        edit(templates, "  side: 56\n", "  side: 80\n");
        edit(templates, "  zebra: \"#f7f5f2\"", "  zebra: \"#eef2f7\"");
        ReportBuild build = new ReportBuild(Path.of(""), TemplateSource.folder(templates));
        Document report = build.assemble(WEEK);

        String html = new String(build.render(report, Format.HTML).document(), StandardCharsets.UTF_8);
        assertTrue(html.contains("--size-table: 1.05rem;"), "the table size, relative to the body's 10");
        assertTrue(html.contains("--zebra: #eef2f7;"));
        assertTrue(html.contains("@page { size: A4; margin: 64pt 80pt 64pt; }"));

        byte[] pdf = build.render(report, Format.PDF).document();
        assertEquals(10.5f, sizeOf(pdf, "电信业务收入（累计）"), 0.01f, "a table cell is set in the new size");
        assertEquals(80f, leftmostText(pdf, 3), 1f, "the body starts at the new side margin");
    }

    @Test
    void theBuiltInStyleSetsTheSizesThePdfHasAlwaysHad() throws Exception {
        ReportBuild build = new ReportBuild(Path.of(""), TemplateSource.builtIn());
        byte[] pdf = build.render(build.assemble(WEEK), Format.PDF).document();
        assertEquals(8.5f, sizeOf(pdf, "电信业务收入（累计）"), 0.01f);
        assertEquals(56f, leftmostText(pdf, 3), 1f);
    }

    @Test
    void aTemplatesFolderWithoutAStyleTakesTheBuiltInOne() throws Exception {
        Path templates = copyOfTheTemplates();
        Files.delete(templates.resolve(ReportStyle.FILE));
        assertEquals(TemplateSource.builtIn().style(), TemplateSource.folder(templates).style());
    }

    @Test
    void aWrongValueIsNamedWithItsPlace() throws IOException {
        Path templates = copyOfTheTemplates();
        edit(templates, "  muted: \"#666666\"", "  muted: grey");
        RenderException wrong = assertThrows(RenderException.class, () -> TemplateSource.folder(templates).style());
        Path file = templates.resolve(ReportStyle.FILE);
        int line = Files.readAllLines(file).indexOf("  muted: grey    # sources, notes, running header and footer, analysts' details") + 1;
        assertTrue(wrong.getMessage().startsWith(file + ":" + line + ":"), wrong.getMessage());
        assertTrue(wrong.getMessage().endsWith("'colors.muted': 'grey' is not a colour; write it as \"#rrggbb\""),
                wrong.getMessage());
    }

    @Test
    void aMissingSizeIsNamed() throws IOException {
        Path templates = copyOfTheTemplates();
        edit(templates, "  caption: 9 ", "  # caption: 9 ");
        RenderException missing = assertThrows(RenderException.class, () -> TemplateSource.folder(templates).style());
        assertTrue(missing.getMessage().endsWith("'sizes.caption' is missing"), missing.getMessage());
    }

    @Test
    void aKeyTooManyIsNamedOnItsOwnLine() throws IOException {
        Path templates = copyOfTheTemplates();
        edit(templates, "  body: 10\n", "  body: 10\n  bold: 10\n");
        RenderException unknown = assertThrows(RenderException.class, () -> TemplateSource.folder(templates).style());
        Path file = templates.resolve(ReportStyle.FILE);
        int line = Files.readAllLines(file).indexOf("  bold: 10") + 1;
        assertTrue(unknown.getMessage().startsWith(file + ":" + line + ":3: unknown key 'bold' in 'sizes'; expected one of: body, "),
                unknown.getMessage());
    }

    @Test
    void aKeyTooManyIsFoundUnderItsOwnSectionEvenWhereAnotherHasItsName() throws IOException {
        Path templates = copyOfTheTemplates();
        edit(templates, "  body: 10\n", "  body: 10\n  text: 3\n");
        RenderException unknown = assertThrows(RenderException.class, () -> TemplateSource.folder(templates).style());
        int line = Files.readAllLines(templates.resolve(ReportStyle.FILE)).indexOf("  text: 3") + 1;
        assertTrue(unknown.getMessage().contains(":" + line + ":3: unknown key 'text' in 'sizes'"), unknown.getMessage());
    }

    @Test
    void anUnquotedColourAnEmptyFileAndASizeOfNothingAreExplained() throws IOException {
        Path templates = copyOfTheTemplates();
        edit(templates, "  muted: \"#666666\"", "  muted: #666666");
        assertTrue(styleError(templates).endsWith("'colors.muted' is empty; write a value (a colour in quotes: \"#rrggbb\"; "
                + "unquoted, # starts a comment)"), styleError(templates));

        Files.writeString(templates.resolve(ReportStyle.FILE), "# nothing yet\n");
        assertTrue(styleError(templates).endsWith(": the file is empty; it sets colors, sizes, leading and page"));

        Folders.copy(Path.of("templates"), temp.resolve("again"));
        Path again = temp.resolve("again");
        String style = Files.readString(again.resolve(ReportStyle.FILE)).replace("  body: 10\n", "  body: 0\n");
        Files.writeString(again.resolve(ReportStyle.FILE), style);
        int line = style.lines().toList().indexOf("  body: 0") + 1;
        assertTrue(styleError(again).endsWith(":" + line + ":3: 'sizes.body' is 0; sizes, line heights and margins are numbers above 0"),
                styleError(again));
    }

    private static String styleError(Path templates) {
        return assertThrows(RenderException.class, () -> TemplateSource.folder(templates).style()).getMessage();
    }

    private Path copyOfTheTemplates() throws IOException {
        Path copy = temp.resolve("templates");
        Folders.copy(Path.of("templates"), copy);
        return copy;
    }

    private static void edit(Path templates, String from, String to) throws IOException {
        Path file = templates.resolve(ReportStyle.FILE);
        String text = Files.readString(file);
        assertTrue(text.contains(from), from);
        Files.writeString(file, text.replace(from, to));
    }

    /** The type size of the first glyph of {@code text} in the PDF. */
    private static float sizeOf(byte[] pdf, String text) throws IOException {
        List<TextPosition> glyphs = glyphs(pdf, 1, Integer.MAX_VALUE);
        StringBuilder all = new StringBuilder();
        glyphs.forEach(g -> all.append(g.getUnicode()));
        int at = all.indexOf(text);
        assertTrue(at >= 0, text + " is in the PDF");
        return glyphs.get(at).getXScale();
    }

    /** The x of the leftmost glyph on a page, where its text starts. */
    private static float leftmostText(byte[] pdf, int page) throws IOException {
        return (float) glyphs(pdf, page, page).stream().mapToDouble(TextPosition::getXDirAdj).min().orElseThrow();
    }

    private static List<TextPosition> glyphs(byte[] pdf, int from, int to) throws IOException {
        List<TextPosition> glyphs = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            stripper.setStartPage(from);
            stripper.setEndPage(to);
            stripper.getText(document);
        }
        return glyphs;
    }
}
