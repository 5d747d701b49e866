package com.sectorweekly.render.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Section;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Page 1: the masthead with the sector's title, the rating box with the signing analysts, the
 * headline, and the summary's parts under small headings in the house colour, beside the panel of
 * the week's key figures where the report has one.
 */
final class CoverPage {

    /** The panel's share of the text width: the rating box's, which it stands under. */
    private static final float PANEL_SHARE = 0.38f;
    private static final float GUTTER = 12;
    /**
     * How much closer page 1's summary may be set to keep it on page 1: its line height cut from
     * 1.6 to 1.4 times the type size at most, in steps of {@link #TIGHTER_STEP}.
     */
    private static final float TIGHTER = 0.2f;
    private static final float TIGHTER_STEP = 0.05f;

    private final PdfLayout layout;
    private final BlockWriter blocks;
    /** The small headings of the summary's parts and the panel, which stay with the lines below them. */
    private final Set<Element> headings = Collections.newSetFromMap(new IdentityHashMap<>());

    CoverPage(PdfLayout layout, BlockWriter blocks) {
        this.layout = layout;
        this.blocks = blocks;
    }

    void write() {
        Document.Masthead masthead = layout.report.masthead();
        Document.Cover cover = layout.report.cover();
        PdfPTable top = new PdfPTable(new float[]{100 * (1 - PANEL_SHARE), 100 * PANEL_SHARE});
        top.setWidthPercentage(100);

        PdfPCell title = new PdfPCell();
        title.setBorder(Rectangle.BOTTOM);
        title.setBorderColor(layout.primary);
        title.setBorderWidth(2.5f);
        title.setPaddingBottom(10);
        title.addElement(PdfText.line(masthead.sectorTitle(), layout.font(layout.style.sizes().sectorTitle(), true, layout.primary), 0));
        title.addElement(PdfText.line(masthead.reportType() + " · " + masthead.badge(),
                layout.font(layout.style.sizes().reportType(), true, layout.style.text()), 6));
        title.addElement(PdfText.line(masthead.house() + " · " + masthead.team() + " · " + masthead.date(),
                layout.font(layout.style.sizes().small(), false, layout.style.muted()), 4));
        top.addCell(title);

        PdfPCell box = new PdfPCell();
        box.setBorder(Rectangle.LEFT | Rectangle.BOTTOM);
        box.setBorderColorLeft(layout.accent);
        box.setBorderWidthLeft(3);
        box.setBorderColorBottom(layout.primary);
        box.setBorderWidthBottom(2.5f);
        box.setBackgroundColor(layout.style.panel());
        box.setPadding(8);
        box.setPaddingBottom(10);
        if (cover.rating() != null) {
            box.addElement(PdfText.line(cover.rating(), layout.font(layout.style.sizes().rating(), true, layout.primary), 0));
        }
        for (Document.AnalystLine analyst : cover.analysts()) {
            Paragraph p = PdfText.paragraph(layout.font(layout.style.sizes().small(), false, layout.style.text()));
            p.setLeading(0, 1.45f);
            p.setSpacingBefore(5);
            p.add(PdfText.chunk(layout.label("cover.analyst") + layout.label("punct.colon"),
                    layout.font(layout.style.sizes().small(), false, layout.style.muted())));
            p.add(PdfText.chunk(analyst.name() + "\n", layout.font(layout.style.sizes().small(), true, layout.style.text())));
            p.add(PdfText.chunk(analyst.licence() + "\n", layout.font(layout.style.sizes().small(), false, layout.style.muted())));
            p.add(PdfText.chunk(analyst.email(), layout.font(layout.style.sizes().small(), false, layout.style.muted())));
            box.addElement(p);
        }
        if (cover.assistants() != null) {
            Paragraph p = PdfText.line(cover.assistants(), layout.font(layout.style.sizes().small(), false, layout.style.muted()), 5);
            box.addElement(p);
        }
        top.addCell(box);
        layout.add(top);

        Font headlineFont = layout.font(layout.style.sizes().headline(), true, layout.style.text());
        Paragraph headline = PdfText.paragraph(headlineFont);
        headline.setLeading(0, 1.35f);
        headline.setSpacingBefore(14);
        headline.setSpacingAfter(4);
        // page 1's bookmark, above the chapters', named by the headline
        headline.add(layout.bookmarks.mark(PdfText.chunk(cover.headline(), headlineFont), "cover-page", cover.headline()));
        layout.add(headline);

        if (cover.panel() == null) {
            summary(cover, Setting.cover(layout.style));
        } else {
            besidePanel(cover);
        }
    }

    /** The summary's parts, each under its small heading in the house colour. */
    private void summary(Document.Cover cover, Setting setting) {
        for (Section part : cover.summary()) {
            heading(part);
            blocks.write(part.blocks(), setting);
        }
    }

    private void heading(Section part) {
        Paragraph heading = PdfText.line(part.heading().text(), layout.font(layout.style.sizes().coverHeading(), true, layout.primary), 7);
        heading.setSpacingAfter(1);
        headings.add(heading);
        layout.add(heading);
    }

    /**
     * The summary beside the panel, as research houses print page 1: the panel in the right-hand
     * column under the rating box, the summary to its left, then across the page below the panel.
     * A summary a few lines too long for page 1 is set a little closer (its leading cut by up to
     * {@link #TIGHTER}) rather than leave its last lines alone on page 2; a longer one runs on
     * there. A panel taller than what is left of page 1 follows the summary instead.
     */
    private void besidePanel(Document.Cover cover) {
        float left = layout.pdf.left();
        float right = layout.pdf.right();
        float bottom = layout.pdf.bottom();
        float panelWidth = layout.textWidth() * PANEL_SHARE;
        float summaryWidth = layout.textWidth() - panelWidth - GUTTER;
        float top = layout.writer.getVerticalPosition(true);
        List<Element> figures = layout.column(panelWidth, () -> {
            heading(cover.panel());
            blocks.write(cover.panel().blocks(), Setting.panel(layout.style));
        });
        ColumnText panelColumn = new ColumnText(layout.writer.getDirectContent());
        figures.forEach(panelColumn::addElement);
        panelColumn.setSimpleColumn(right - panelWidth, bottom, right, top);
        boolean panelFits = !ColumnText.hasMoreText(go(ColumnText.duplicate(panelColumn), true));
        List<Area> areas = new ArrayList<>();
        if (panelFits) {
            go(panelColumn, false);
            float panelBottom = Math.max(panelColumn.getYLine() - GUTTER, bottom);
            areas.add(new Area(left, panelBottom, right - panelWidth - GUTTER, top, false));
            if (panelBottom > bottom) {
                areas.add(new Area(left, bottom, right, panelBottom, false));
            }
        } else {
            areas.add(new Area(left, bottom, right, top, false));
        }
        Setting setting = Setting.cover(layout.style);
        List<Element> text = null;
        for (float cut = 0; cut <= TIGHTER + 0.001f; cut += TIGHTER_STEP) {
            Setting closer = setting.closer(cut);
            List<Element> attempt = new ArrayList<>(layout.column(summaryWidth, () -> summary(cover, closer)));
            if (!panelFits) {
                attempt.addAll(figures);
            }
            text = text == null ? attempt : text;
            if (flow(attempt, areas, true)) {
                text = attempt;
                break;
            }
        }
        flow(text, areas, false);
    }

    /**
     * Sets the elements in the areas in turn, then on as many further pages as they need; a heading
     * goes on to the next area rather than stand at the foot of one without two lines of what it
     * heads (or all of it, where that is shorter). Simulating, sets nothing, and tells whether the
     * elements fit in the areas given.
     */
    private boolean flow(List<Element> elements, List<Area> areas, boolean simulate) {
        ColumnText column = new ColumnText(layout.writer.getDirectContent());
        Iterator<Area> next = areas.iterator();
        Area area = next.next();
        area.set(column);
        float keep = 2 * layout.style.sizes().cover() * layout.style.leading().cover() + 2 * layout.style.sizes().coverHeading();
        for (int i = 0; i < elements.size(); i++) {
            Element element = elements.get(i);
            boolean moveOn = headings.contains(element) && column.getYLine() - area.bottom() < keep
                    && !fitsWhole(column, elements.subList(i, Math.min(i + 2, elements.size())));
            column.addElement(element);
            while (moveOn || ColumnText.hasMoreText(go(column, simulate))) {
                if (simulate && !next.hasNext()) {
                    return false;
                }
                if (!moveOn && area.newPage() && column.getYLine() == area.top()) {
                    // a whole new page took nothing of it: another would not either
                    throw new IllegalStateException("page 1's summary holds a block taller than a page");
                }
                area = nextArea(next);
                area.set(column);
                column.setAdjustFirstLine(true);
                moveOn = false;
            }
            // what follows in this area keeps the space before it, as it would down a page
            column.setAdjustFirstLine(false);
        }
        return true;
    }

    /** Whether the elements fit whole in what is left of the column's area. */
    private static boolean fitsWhole(ColumnText column, List<Element> elements) {
        ColumnText probe = ColumnText.duplicate(column);
        elements.forEach(probe::addElement);
        return !ColumnText.hasMoreText(go(probe, true));
    }

    /** The next of page 1's areas, or the whole of a new page. */
    private Area nextArea(Iterator<Area> areas) {
        if (areas.hasNext()) {
            return areas.next();
        }
        layout.pdf.newPage();
        return new Area(layout.pdf.left(), layout.pdf.bottom(), layout.pdf.right(), layout.pdf.top(), true);
    }

    /** A rectangle text is set in, in points from the page's lower left; {@code newPage} for the whole of a page after page 1. */
    private record Area(float left, float bottom, float right, float top, boolean newPage) {

        void set(ColumnText column) {
            column.setSimpleColumn(left, bottom, right, top);
        }
    }

    private static int go(ColumnText column, boolean simulate) {
        try {
            return column.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException("page 1 could not be set: " + e.getMessage(), e);
        }
    }
}
