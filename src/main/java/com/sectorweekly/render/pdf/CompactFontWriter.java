package com.sectorweekly.render.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.PdfDocument;
import com.lowagie.text.pdf.PdfIndirectObject;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNumber;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.PdfStream;
import com.lowagie.text.pdf.PdfWriter;
import com.sectorweekly.render.BundledFont;
import com.sectorweekly.render.BundledFont.Cut;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.BitSet;

/**
 * A PdfWriter that embeds TrueType subsets without the metrics of the glyphs they leave out (see
 * {@link UnusedGlyphMetrics}): the example week's PDF is about 60 KB smaller, and looks the same.
 */
final class CompactFontWriter extends PdfWriter {

    private CompactFontWriter(PdfDocument document, OutputStream out) {
        super(document, out);
    }

    /** As {@link PdfWriter#getInstance(Document, OutputStream)}, with this writer. */
    static PdfWriter open(Document document, OutputStream out) throws DocumentException {
        PdfDocument pdf = new PdfDocument();
        document.addDocListener(pdf);
        CompactFontWriter writer = new CompactFontWriter(pdf, out);
        pdf.addWriter(writer);
        return writer;
    }

    /**
     * The glyphs the bundled faces draw as nothing (the space among them), read once per cut; the
     * faces' together, so each keeps its own, and a document set in both cuts keeps those of both.
     */
    private static final class DrawnAsNothing {
        static final BitSet COMMON = glyphs(Cut.COMMON);

        private static BitSet glyphs(Cut cut) {
            BitSet glyphs = new BitSet();
            for (BundledFont face : BundledFont.values()) {
                glyphs.or(UnusedGlyphMetrics.outlineless(face.bytes(cut)));
            }
            return glyphs;
        }

        private static final class Both {
            static final BitSet GLYPHS = both();

            private static BitSet both() {
                BitSet glyphs = glyphs(Cut.WHOLE);
                glyphs.or(COMMON);
                return glyphs;
            }
        }
    }

    /** Those of the cuts this document is set in; known once it is laid out. */
    private BitSet drawnAsNothing = DrawnAsNothing.COMMON;

    @Override
    protected void addSharedObjectsToBody() throws IOException {
        if (documentFonts.keySet().stream().anyMatch(PdfFonts::isWhole)) {
            drawnAsNothing = DrawnAsNothing.Both.GLYPHS;
        }
        super.addSharedObjectsToBody();
    }

    /** OpenPDF adds each embedded TrueType program here; only those carry {@code /Length1}. */
    @Override
    public PdfIndirectObject addToBody(PdfObject object) throws IOException {
        if (object instanceof PdfStream stream && stream.get(PdfName.LENGTH1) != null
                && PdfName.FLATEDECODE.equals(stream.get(PdfName.FILTER))) {
            ByteArrayOutputStream compressed = new ByteArrayOutputStream();
            stream.writeContent(compressed);
            byte[] font = UnusedGlyphMetrics.blank(PdfReader.FlateDecode(compressed.toByteArray()), drawnAsNothing);
            PdfStream compact = new PdfStream(font);
            compact.put(PdfName.LENGTH1, new PdfNumber(font.length));
            compact.flateCompress(PdfStream.DEFAULT_COMPRESSION);
            return super.addToBody(compact);
        }
        return super.addToBody(object);
    }
}
