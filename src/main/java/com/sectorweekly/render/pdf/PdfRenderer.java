package com.sectorweekly.render.pdf;

import com.lowagie.text.PageSize;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Section;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.Rendered;
import com.sectorweekly.render.Renderer;
import com.sectorweekly.render.ReportStyle;
import com.sectorweekly.render.TemplateSource;

import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.util.GregorianCalendar;
import java.util.Set;

/**
 * The report as an A4 PDF, laid out with OpenPDF from the document tree: page 1 (masthead, rating
 * box, analysts, summary beside the panel of key figures), the contents with page numbers, then each chapter, every block by the
 * writer of its type; a running header and footer, and a bookmark for every listed heading.
 */
public final class PdfRenderer implements Renderer {

    private final TemplateSource templates;

    /** @param templates where the report's style file comes from */
    public PdfRenderer(TemplateSource templates) {
        this.templates = templates;
    }

    /** Parses the fonts now, which a build may do beside other work; a render would do it on first use. */
    public static void loadFonts() {
        PdfFonts.regular();
        PdfFonts.bold();
    }

    @Override
    public Format format() {
        return Format.PDF;
    }

    /**
     * Lays the report out once: the contents page lists page numbers that are known only after
     * layout, so they are written into their places ({@link PageNumbers}) as the document closes.
     */
    @Override
    public Rendered render(Document report, Set<Format> formats) throws RenderException {
        return Rendered.alone(ReproducibleBytes.of(layOut(report, PdfStyle.of(templates.style()))));
    }

    private static byte[] layOut(Document report, PdfStyle style) throws RenderException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // Page 1 has no running header, so it starts higher; the other pages get their margins below.
        ReportStyle.Page margins = style.page();
        com.lowagie.text.Document pdf = new com.lowagie.text.Document(PageSize.A4,
                margins.side(), margins.side(), margins.firstTop(), margins.bottom());
        try {
            PdfWriter writer = CompactFontWriter.open(pdf, out);
            PageNumbers pageNumbers = new PageNumbers();
            PdfLayout layout = new PdfLayout(pdf, writer, report, style, pageNumbers);
            describe(layout);
            writer.setPageEvent(new PageDecorations(
                    report.masthead().runningHeader(),
                    report.masthead().runningHeaderRight(),
                    layout.label("report.footerNotice"),
                    (page, total) -> MessageFormat.format(layout.label("report.footerPages"), page, total),
                    layout.primary, style));
            writer.setPageEvent(layout.bookmarks);
            writer.setPageEvent(pageNumbers.index());
            writer.setPageEvent(pageNumbers);
            pdf.open();
            // from page 2 on, which page 1's summary may run over onto
            pdf.setMargins(margins.side(), margins.side(), margins.top(), margins.bottom());
            BlockWriter blocks = new BlockWriter(layout);
            new CoverPage(layout, blocks).write();
            pdf.newPage();
            new ContentsPage(layout).write();
            pdf.newPage();
            for (Section chapter : report.chapters()) {
                blocks.write(chapter, Setting.body(style));
            }
            pdf.close();
        } catch (RuntimeException e) {
            throw new RenderException("PDF could not be laid out: " + e.getMessage(), e);
        } finally {
            if (pdf.isOpen()) {
                pdf.close();
            }
        }
        return out.toByteArray();
    }

    /** Title, authors, language and dates for the reader's program; dated by the report, not the clock. */
    private static void describe(PdfLayout layout) {
        Document.Info info = layout.report.info();
        layout.pdf.addTitle(info.title());
        layout.pdf.addAuthor(info.author());
        layout.pdf.addSubject(info.subject());
        layout.pdf.addKeywords(info.keywords());
        layout.pdf.addCreator(info.creator());
        layout.writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
        PdfDate date = new PdfDate(GregorianCalendar.from(info.date().atStartOfDay(info.timeZone())));
        layout.writer.getInfo().put(PdfName.CREATIONDATE, date);
        layout.writer.getInfo().put(PdfName.MODDATE, date);
        layout.writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
    }
}
