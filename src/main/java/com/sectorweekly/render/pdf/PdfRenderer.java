package com.sectorweekly.render.pdf;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.DottedLineSeparator;
import com.lowagie.text.pdf.draw.LineSeparator;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.Rendered;
import com.sectorweekly.render.Renderer;
import com.sectorweekly.render.chart.ChartDrawing;
import com.sectorweekly.render.chart.ChartPalette;
import com.sectorweekly.report.ChartFigure;
import com.sectorweekly.report.Figure;
import com.sectorweekly.report.Heading;
import com.sectorweekly.report.Report;
import com.sectorweekly.report.RichText;
import com.sectorweekly.report.TableFigure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.text.MessageFormat;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import java.util.List;

/**
 * The report as an A4 PDF, laid out with OpenPDF straight from the {@link Report}: page 1 is the
 * summary page with masthead, rating box and analysts; the body follows with repeated table
 * headers, running header and footer, and a bookmark for every heading.
 */
public final class PdfRenderer implements Renderer {

    private static final ZoneId PUBLICATION_ZONE = ZoneId.of("Asia/Shanghai");

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
     * Lays the report out twice: the contents page lists page numbers that are known only after
     * layout. The first pass records them; the second prints them. The contents page has the same
     * shape in both passes, so no page moves between them; charts take their place in the first
     * pass without being drawn.
     */
    @Override
    public Rendered render(Report report) throws RenderException {
        PageIndex firstPass = new PageIndex();
        layOut(report, firstPass, new PageIndex(), true);
        return Rendered.alone(ReproducibleBytes.of(layOut(report, new PageIndex(), firstPass, false)));
    }

    private static byte[] layOut(Report report, PageIndex record, PageIndex contentsPages, boolean draft)
            throws RenderException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        // Page 1 has no running header, so it starts higher; the other pages get their margins in Layout.
        Document document = new Document(PageSize.A4, PdfStyle.SIDE_MARGIN, PdfStyle.SIDE_MARGIN, 40, PdfStyle.BOTTOM_MARGIN);
        try {
            PdfWriter writer = CompactFontWriter.open(document, out);
            new Layout(report, document, writer, record, contentsPages, draft).write();
        } catch (RuntimeException e) {
            throw new RenderException("PDF could not be laid out: " + e.getMessage(), e);
        } finally {
            if (document.isOpen()) {
                document.close();
            }
        }
        return out.toByteArray();
    }

    /** One document being laid out. */
    private static final class Layout {

        private final Report report;
        private final Document document;
        private final PdfWriter writer;
        /** Chinese is set justified, as Chinese reports are; English ragged right, which spaces its words evenly. */
        private final int textAlignment;
        private final Bookmarks bookmarks = new Bookmarks();
        private final PageIndex record;
        private final PageIndex contentsPages;
        private final Color primary;
        private final Color accent;
        private final ChartPalette palette;
        private final boolean draft;

        Layout(Report report, Document document, PdfWriter writer, PageIndex record, PageIndex contentsPages,
               boolean draft) {
            this.draft = draft;
            this.report = report;
            this.document = document;
            this.writer = writer;
            this.textAlignment = report.info().language().startsWith("zh") ? Element.ALIGN_JUSTIFIED : Element.ALIGN_LEFT;
            this.record = record;
            this.contentsPages = contentsPages;
            this.primary = Color.decode(report.colors().primary());
            this.accent = Color.decode(report.colors().accent());
            this.palette = ChartPalette.of(report.colors());
        }

        void write() {
            describeDocument();
            writer.setPageEvent(new PageDecorations(
                    report.masthead().runningHeader(),
                    report.masthead().runningHeaderRight(),
                    report.labels().get("report.footerNotice"),
                    (page, total) -> MessageFormat.format(report.labels().get("report.footerPages"), page, total),
                    primary));
            writer.setPageEvent(bookmarks);
            writer.setPageEvent(record);
            document.open();
            cover();
            document.setMargins(PdfStyle.SIDE_MARGIN, PdfStyle.SIDE_MARGIN, PdfStyle.TOP_MARGIN, PdfStyle.BOTTOM_MARGIN);
            document.newPage();
            contents();
            document.newPage();
            segments();
            coreData();
            market();
            news();
            companies();
            risks();
            ratings();
            certification();
            disclaimer();
            document.close();
        }

        private void describeDocument() {
            Report.DocumentInfo info = report.info();
            document.addTitle(info.title());
            document.addAuthor(info.author());
            document.addSubject(info.subject());
            document.addKeywords(info.keywords());
            document.addCreator(info.creator());
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(info.language()));
            // Dated by the report, not the clock, so the same content gives the same bytes.
            PdfDate date = new PdfDate(GregorianCalendar.from(info.date().atStartOfDay(PUBLICATION_ZONE)));
            writer.getInfo().put(PdfName.CREATIONDATE, date);
            writer.getInfo().put(PdfName.MODDATE, date);
            writer.setViewerPreferences(PdfWriter.PageModeUseOutlines | PdfWriter.DisplayDocTitle);
        }

        // ---- page 1 -------------------------------------------------------------------------

        private void cover() {
            Report.Masthead masthead = report.masthead();
            Report.Cover cover = report.cover();
            PdfPTable top = new PdfPTable(new float[]{62, 38});
            top.setWidthPercentage(100);

            PdfPCell title = new PdfPCell();
            title.setBorder(Rectangle.BOTTOM);
            title.setBorderColor(primary);
            title.setBorderWidth(2.5f);
            title.setPaddingBottom(10);
            title.addElement(paragraph(masthead.sectorTitle(), PdfFonts.font(24, true, primary), 0));
            title.addElement(paragraph(masthead.reportType() + " · " + masthead.badge(), PdfFonts.font(12, true, PdfStyle.TEXT), 6));
            title.addElement(paragraph(masthead.house() + " · " + masthead.team() + " · " + masthead.date(),
                    PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.MUTED), 4));
            top.addCell(title);

            PdfPCell box = new PdfPCell();
            box.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
            box.setBorderColorLeft(accent);
            box.setBorderWidthLeft(3);
            box.setBorderColorBottom(primary);
            box.setBorderWidthBottom(2.5f);
            box.setBackgroundColor(PdfStyle.PANEL);
            box.setPadding(8);
            box.setPaddingBottom(10);
            box.addElement(paragraph(cover.rating(), PdfFonts.font(13, true, primary), 0));
            for (Report.AnalystLine analyst : cover.analysts()) {
                Paragraph p = paragraph(PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.TEXT));
                p.setLeading(0, 1.45f);
                p.setSpacingBefore(5);
                p.add(chunk(report.labels().get("cover.analyst") + report.labels().get("punct.colon"), PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.MUTED)));
                p.add(chunk(analyst.name() + "\n", PdfFonts.font(PdfStyle.SMALL, true, PdfStyle.TEXT)));
                p.add(chunk(analyst.licence() + "\n", PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.MUTED)));
                p.add(chunk(analyst.email(), PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.MUTED)));
                box.addElement(p);
            }
            top.addCell(box);
            document.add(top);

            Paragraph headline = paragraph(cover.headline(), PdfFonts.font(PdfStyle.HEADLINE, true, PdfStyle.TEXT), 14);
            headline.setSpacingAfter(4);
            document.add(headline);

            summaryTitle(cover.viewsTitle());
            List<RichText> views = cover.views();
            for (int i = 0; i < views.size(); i++) {
                Paragraph p = coverProse(views.get(i));
                p.add(0, chunk((i + 1) + ") ", PdfFonts.font(PdfStyle.COVER, true, primary)));
                document.add(p);
            }
            summaryTitle(cover.segmentsTitle());
            for (Report.SegmentView segment : cover.segments()) {
                document.add(segmentParagraph(segment, PdfStyle.COVER, PdfStyle.COVER_LEADING));
            }
            summaryTitle(cover.coreDataTitle());
            document.add(coverProse(cover.coreData()));
            summaryTitle(cover.adviceTitle());
            document.add(coverProse(cover.advice()));
            summaryTitle(cover.risksTitle());
            document.add(coverProse(RichText.plain(cover.risks())));
        }

        private void summaryTitle(String text) {
            Paragraph p = paragraph(text, PdfFonts.font(10.5f, true, primary), 7);
            p.setSpacingAfter(1);
            document.add(p);
        }

        // ---- page 2 -------------------------------------------------------------------------

        /** 内容目录 and 图表目录: every heading and figure with its page, each line a link. */
        private void contents() {
            contentsTitle(report.labels().get("contents.title"));
            for (Heading heading : report.outline()) {
                boolean chapter = heading.level() == 1;
                contentsLine(heading.text(), heading.anchor(), chapter ? 0 : 16,
                        PdfFonts.font(PdfStyle.BODY, chapter, PdfStyle.TEXT));
            }
            contentsTitle(report.labels().get("contents.figures"));
            for (Figure figure : report.figures()) {
                contentsLine(figure.title(), figure.anchor(), 0, PdfFonts.font(PdfStyle.SMALL + 0.5f, false, PdfStyle.TEXT));
            }
        }

        private void contentsTitle(String title) {
            Font font = PdfFonts.font(PdfStyle.CHAPTER, true, primary);
            Paragraph p = paragraph(font);
            p.setSpacingBefore(12);
            p.setSpacingAfter(8);
            p.add(chunk(title, font));
            p.add(titleRule(font));
            document.add(p);
        }

        private void contentsLine(String text, String anchor, float indent, Font font) {
            Paragraph line = paragraph(font);
            line.setLeading(0, 1.9f);
            line.setIndentationLeft(indent);
            Chunk title = chunk(text, font);
            title.setLocalGoto(anchor);
            line.add(title);
            Chunk leader = new Chunk(new DottedLineSeparator());
            leader.setFont(font);
            line.add(leader);
            // The first pass does not know the pages yet; two digits keep the line's shape the same.
            String page = contentsPages.pageOf(anchor).stream().mapToObj(String::valueOf).findFirst().orElse("00");
            Chunk number = chunk(page, font);
            number.setLocalGoto(anchor);
            line.add(number);
            document.add(line);
        }

        // ---- body ---------------------------------------------------------------------------

        private void segments() {
            Report.SegmentSection section = report.segments();
            heading(section.heading());
            for (Report.SegmentView segment : section.segments()) {
                document.add(segmentParagraph(segment, PdfStyle.BODY, PdfStyle.LEADING));
                if (segment.chart() != null) {
                    charts(List.of(segment.chart()));
                }
            }
            figure(section.sentiment());
        }

        private void coreData() {
            Report.CoreDataSection section = report.coreData();
            heading(section.heading());
            for (Report.KpiGroupView group : section.groups()) {
                heading(group.heading());
                for (RichText paragraph : group.paragraphs()) {
                    document.add(prose(paragraph));
                }
                charts(group.charts());
                figure(group.table());
            }
        }

        private void market() {
            Report.MarketSection section = report.market();
            heading(section.heading());
            document.add(prose(RichText.plain(section.review())));
            if (section.industries() != null) {
                charts(List.of(section.industries()));
            }
            document.add(prose(RichText.plain(section.movers())));
            charts(List.of(section.moversChart()));
            figure(section.table());
        }

        private void news() {
            Report.NewsSection section = report.news();
            heading(section.heading());
            for (Report.NewsGroup group : section.groups()) {
                heading(group.heading());
                for (Report.CompanyNews company : group.companies()) {
                    if (!company.company().isEmpty()) {
                        document.add(paragraph(company.company(), PdfFonts.font(PdfStyle.BODY, true, PdfStyle.TEXT), 8));
                    }
                    for (Report.NewsLine item : company.items()) {
                        Paragraph p = prose(item.text());
                        p.add(0, chunk(item.date() + " ", PdfFonts.font(PdfStyle.BODY, true, primary)));
                        p.add(chunk(" " + item.source(), PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.MUTED)));
                        document.add(p);
                    }
                }
            }
        }

        private void risks() {
            Report.RiskSection section = report.risks();
            heading(section.heading());
            for (Report.RiskView risk : section.items()) {
                Paragraph p = prose(RichText.plain(risk.text()));
                p.add(0, chunk(risk.number() + report.labels().get("punct.item") + risk.title() + report.labels().get("punct.colon"), PdfFonts.font(PdfStyle.BODY, true, PdfStyle.TEXT)));
                document.add(p);
            }
        }

        private void ratings() {
            Report.RatingSection section = report.ratings();
            heading(section.heading());
            Font small = PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.TEXT);
            for (Report.ScaleView scale : section.scales()) {
                if (scale.title() != null) {
                    document.add(paragraph(scale.title(), PdfFonts.font(PdfStyle.BODY, true, primary), 6));
                }
                document.add(compliance(scale.basis(), small));
                for (Report.RatingView rating : scale.ratings()) {
                    Paragraph p = compliance(rating.definition(), small);
                    p.add(0, chunk(rating.name() + report.labels().get("punct.colon"), PdfFonts.font(PdfStyle.SMALL, true, PdfStyle.TEXT)));
                    document.add(p);
                }
            }
        }

        private void companies() {
            Report.CompanySection section = report.companies();
            if (section != null) {
                heading(section.heading());
                figure(section.table());
            }
        }

        private void certification() {
            Report.CertificationSection section = report.certification();
            heading(section.heading());
            document.add(compliance(section.text(), PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.TEXT)));
        }

        private void disclaimer() {
            Report.DisclaimerSection section = report.disclaimer();
            heading(section.heading());
            Font small = PdfFonts.font(PdfStyle.SMALL, false, PdfStyle.TEXT);
            document.add(compliance(section.licenceStatement(), small));
            document.add(compliance(section.informationSources(), small));
            for (String paragraph : section.paragraphs()) {
                document.add(compliance(paragraph, small));
            }
            document.add(compliance(section.published(), small));
            Paragraph contacts = paragraph(section.contactsTitle(), PdfFonts.font(PdfStyle.BODY, true, primary), 12);
            contacts.setSpacingAfter(4);
            document.add(contacts);
            PdfPTable offices = new PdfPTable(section.offices().size());
            offices.setWidthPercentage(100);
            for (Report.OfficeView office : section.offices()) {
                PdfPCell cell = new PdfPCell();
                cell.setBorder(Rectangle.TOP);
                cell.setBorderColor(primary);
                cell.setPadding(4);
                cell.addElement(paragraph(office.city(), PdfFonts.font(PdfStyle.SMALL, true, primary), 0));
                for (String line : office.lines()) {
                    cell.addElement(paragraph(line, PdfFonts.font(7.5f, false, PdfStyle.TEXT), 1));
                }
                offices.addCell(cell);
            }
            document.add(offices);
        }

        // ---- building blocks ----------------------------------------------------------------

        private void heading(Heading heading) {
            boolean chapter = heading.level() == 1;
            Font font = PdfFonts.font(chapter ? PdfStyle.CHAPTER : PdfStyle.SUBSECTION, true, primary);
            Chunk text = chunk(heading.text(), font);
            text.setLocalDestination(heading.anchor());
            text.setGenericTag(heading.anchor());
            bookmarks.expect(heading);
            keepWithNext(chapter ? 110 : 80);
            Paragraph p = paragraph(font);
            p.setSpacingBefore(chapter ? 16 : 10);
            p.setSpacingAfter(3);
            p.add(text);
            if (chapter) {
                p.add(titleRule(font));
                p.setSpacingAfter(10);
            }
            document.add(p);
        }

        /** The rule under a chapter title, drawn through the title's line just below its baseline. */
        private Chunk titleRule(Font font) {
            Chunk rule = new Chunk(new LineSeparator(1.2f, 100, primary, Element.ALIGN_LEFT, -6));
            rule.setFont(font); // else OpenPDF writes the separator in Helvetica, which is not embedded
            return rule;
        }

        /** OpenPDF has no keep-with-next: start a new page rather than leave a heading at the foot of one. */
        private void keepWithNext(float needed) {
            if (writer.getVerticalPosition(true) - document.bottom() < needed) {
                document.newPage();
            }
        }

        private Paragraph segmentParagraph(Report.SegmentView segment, float size, float leading) {
            Paragraph p = prose(segment.commentary(), size, leading);
            p.add(0, chunk(segment.moves(), PdfFonts.font(size, false, PdfStyle.TEXT)));
            p.add(0, chunk(segment.name() + report.labels().get("punct.colon"), PdfFonts.font(size, true, PdfStyle.TEXT)));
            return p;
        }

        /**
         * Numbered charts, drawn as vectors: a wide chart on a row of its own, narrow ones two to a
         * row. Caption, drawing and source of a chart stay on one page.
         */
        private void charts(List<ChartFigure> charts) {
            int i = 0;
            while (i < charts.size()) {
                ChartFigure first = charts.get(i);
                boolean pair = !first.chart().wide();
                PdfPTable row = new PdfPTable(pair ? 2 : 1);
                row.setWidthPercentage(100);
                row.setSpacingBefore(8);
                row.setSpacingAfter(6);
                row.setKeepTogether(true);
                row.addCell(chartCell(first, pair ? Element.ALIGN_LEFT : Element.ALIGN_CENTER));
                i++;
                if (pair) {
                    boolean partner = i < charts.size() && !charts.get(i).chart().wide();
                    PdfPCell second = partner ? chartCell(charts.get(i), Element.ALIGN_RIGHT) : new PdfPCell();
                    second.setBorder(Rectangle.NO_BORDER);
                    row.addCell(second);
                    i += partner ? 1 : 0;
                }
                document.add(row);
            }
        }

        private PdfPCell chartCell(ChartFigure figure, int side) {
            PdfPCell cell = new PdfPCell();
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(0);
            cell.setPaddingLeft(side == Element.ALIGN_RIGHT ? 5.5f : 0);
            cell.setPaddingRight(side == Element.ALIGN_LEFT ? 5.5f : 0);
            Chunk caption = caption(figure);
            Paragraph title = paragraph(caption.getFont());
            title.setLeading(0, 1.35f);
            title.add(caption);
            title.setSpacingAfter(4);
            cell.addElement(title);
            ChartDrawing.Size size = ChartDrawing.size(figure.chart());
            PdfTemplate drawing = writer.getDirectContent().createTemplate(size.width(), size.height());
            if (!draft) {
                Graphics2D graphics = drawing.createGraphics(size.width(), size.height(), PdfCharts.FONTS);
                ChartDrawing.paint(figure.chart(), palette, graphics);
                graphics.dispose();
            }
            Image image = Image.getInstance(drawing);
            image.setAlt(figure.title());
            cell.addElement(image);
            cell.addElement(sourceLine(figure));
            return cell;
        }

        /** A numbered table: caption and column titles repeat on every page the table spans. */
        private void figure(TableFigure figure) {
            List<TableFigure.Column> columns = figure.columns();
            float[] widths = new float[columns.size()];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = columns.get(i).weight();
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setSpacingBefore(8);
            table.setHeaderRows(2);
            table.setSplitLate(false);

            Chunk caption = caption(figure);
            Phrase captionPhrase = new Phrase();
            captionPhrase.setFont(caption.getFont());
            captionPhrase.add(caption);
            PdfPCell captionCell = new PdfPCell(captionPhrase);
            captionCell.setColspan(columns.size());
            captionCell.setBorder(Rectangle.NO_BORDER);
            captionCell.setPaddingBottom(5);
            table.addCell(captionCell);

            Font headerFont = PdfFonts.font(PdfStyle.TABLE, true, Color.WHITE);
            for (TableFigure.Column column : columns) {
                PdfPCell cell = cell(column.title(), headerFont, column.numeric());
                cell.setBackgroundColor(primary);
                table.addCell(cell);
            }
            Font cellFont = PdfFonts.font(PdfStyle.TABLE, false, PdfStyle.TEXT);
            List<List<String>> rows = figure.rows();
            for (int r = 0; r < rows.size(); r++) {
                for (int c = 0; c < columns.size(); c++) {
                    PdfPCell cell = cell(rows.get(r).get(c), cellFont, columns.get(c).numeric());
                    cell.setBorder(Rectangle.BOTTOM);
                    cell.setBorderColor(PdfStyle.RULE);
                    if (r % 2 == 1) {
                        cell.setBackgroundColor(PdfStyle.ZEBRA);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
            Paragraph source = sourceLine(figure);
            source.setSpacingAfter(8);
            document.add(source);
        }

        /** 图表N：caption, the target of its contents line. */
        private Chunk caption(Figure figure) {
            Chunk caption = chunk(figure.title(), PdfFonts.font(9, true, PdfStyle.TEXT));
            caption.setLocalDestination(figure.anchor());
            caption.setGenericTag(figure.anchor());
            return caption;
        }

        private Paragraph sourceLine(Figure figure) {
            return paragraph(figure.source(), PdfFonts.font(PdfStyle.SOURCE, false, PdfStyle.MUTED), 3);
        }

        private PdfPCell cell(String text, Font font, boolean numeric) {
            Paragraph content = paragraph(font);
            content.setLeading(0, 1.4f);
            content.add(chunk(text, font));
            PdfPCell cell = new PdfPCell(content);
            cell.setBorder(Rectangle.NO_BORDER);
            cell.setPadding(4);
            cell.setPaddingBottom(5);
            cell.setHorizontalAlignment(numeric ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT);
            cell.setUseAscender(true);
            return cell;
        }

        private Paragraph prose(RichText text) {
            return prose(text, PdfStyle.BODY, PdfStyle.LEADING);
        }

        private Paragraph coverProse(RichText text) {
            return prose(text, PdfStyle.COVER, PdfStyle.COVER_LEADING);
        }

        private Paragraph prose(RichText text, float size, float leading) {
            Paragraph p = paragraph(PdfFonts.font(size, false, PdfStyle.TEXT));
            p.setLeading(0, leading);
            p.setSpacingBefore(3);
            p.setAlignment(textAlignment);
            for (RichText.Run run : text.runs()) {
                p.add(chunk(run.text(), PdfFonts.font(size, run.bold(), PdfStyle.TEXT)));
            }
            return p;
        }

        private Paragraph compliance(String text, Font font) {
            Paragraph p = paragraph(font);
            p.setLeading(0, 1.6f);
            p.setSpacingBefore(3);
            p.setAlignment(textAlignment);
            p.add(chunk(text, font));
            return p;
        }

        /** An empty paragraph in our font: OpenPDF sets the spacing around it in the paragraph's font. */
        private static Paragraph paragraph(Font font) {
            Paragraph p = new Paragraph();
            p.setFont(font);
            return p;
        }

        private static Paragraph paragraph(String text, Font font, float spacingBefore) {
            Paragraph p = paragraph(font);
            p.setLeading(0, 1.35f);
            p.setSpacingBefore(spacingBefore);
            p.add(chunk(text, font));
            return p;
        }

        private static Chunk chunk(String text, Font font) {
            Chunk chunk = new Chunk(text, font);
            chunk.setSplitCharacter(CjkLineBreaking.INSTANCE);
            return chunk;
        }
    }
}
