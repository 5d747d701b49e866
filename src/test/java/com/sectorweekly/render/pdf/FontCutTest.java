package com.sectorweekly.render.pdf;

import com.sectorweekly.render.BundledFont;
import com.sectorweekly.render.BundledFont.Cut;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDCIDFontType2;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The PDF is set in the common cut of the font, which a start reads instead of the whole face,
 * and a character outside it is still printed, from the whole face.
 */
class FontCutTest {

    /** 镕, as in many a name: in Noto Sans SC, not in GB 2312, nor in any example. */
    private static final String RARE = "镕";

    @TempDir
    Path temp;

    @ParameterizedTest
    @MethodSource("com.sectorweekly.testing.ExampleWeek#allReports")
    void everyExampleIsSetInTheCommonCutAlone(String week) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(ExampleReport.of(Path.of(week)).bytes(Format.PDF))) {
            Set<Integer> glyphCounts = new HashSet<>();
            for (PDPage page : pdf.getPages()) {
                for (COSName name : page.getResources().getFontNames()) {
                    glyphCounts.add(program(pdf, page, name).getNumberOfGlyphs());
                }
            }
            // OpenPDF keeps a subset's glyph numbers, so a subset has as many glyphs as the file it was cut from.
            assertEquals(commonGlyphCounts(), glyphCounts, week);
        }
    }

    @Test
    void aCharacterOutsideTheCommonCutIsPrintedFromTheWholeFace() throws IOException {
        assertFalse(Charset.forName("GB2312").newEncoder().canEncode(RARE), "the test's character is outside GB 2312");
        assertEquals(Cut.WHOLE, Cut.covering(RARE), "and outside the common cut");
        ExampleWeek week = ExampleWeek.copyInto(temp);
        week.replace("week.yaml", "headline: 光交换场景持续拓宽", "headline: 光交换场景持续拓宽，" + RARE + "业新品");
        try (PDDocument pdf = Loader.loadPDF(ExampleReport.of(week.weekDir()).bytes(Format.PDF))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setEndPage(1);
            assertTrue(stripper.getText(pdf).contains("光交换场景持续拓宽，" + RARE + "业新品"), "page 1 reads the headline whole");
            int whole = glyphCount(BundledFont.BOLD.wholeBytes());
            PDPage first = pdf.getPage(0);
            GlyphData drawn = null;
            Set<Integer> glyphCounts = new HashSet<>();
            for (COSName name : first.getResources().getFontNames()) {
                PDType0Font font = (PDType0Font) first.getResources().getFont(name);
                TrueTypeFont program = program(pdf, first, name);
                glyphCounts.add(program.getNumberOfGlyphs());
                for (int code = 1; code < program.getNumberOfGlyphs() && drawn == null; code++) {
                    if (RARE.equals(font.toUnicode(code))) {
                        assertEquals(whole, program.getNumberOfGlyphs(), "the rare character comes from the whole face");
                        drawn = program.getGlyph().getGlyph(code);
                    }
                }
            }
            assertNotNull(drawn, "the rare character's glyph is embedded");
            assertTrue(drawn.getNumberOfContours() > 0, "and has its outline");
            assertTrue(glyphCounts.containsAll(commonGlyphCounts()), "the rest of the page is still set in the common cut: " + glyphCounts);
        }
    }

    private static TrueTypeFont program(PDDocument pdf, PDPage page, COSName name) throws IOException {
        PDType0Font font = (PDType0Font) page.getResources().getFont(name);
        return ((PDCIDFontType2) font.getDescendantFont()).getTrueTypeFont();
    }

    private static Set<Integer> commonGlyphCounts() throws IOException {
        Set<Integer> counts = new HashSet<>();
        for (BundledFont face : BundledFont.values()) {
            int count = glyphCount(face.bytes(Cut.COMMON));
            assertTrue(count < glyphCount(face.wholeBytes()) / 2, "the build cut " + face + " down to " + count + " glyphs");
            counts.add(count);
        }
        return counts;
    }

    private static int glyphCount(byte[] font) throws IOException {
        try (TrueTypeFont parsed = new TTFParser().parse(new RandomAccessReadBuffer(font))) {
            return parsed.getNumberOfGlyphs();
        }
    }
}
