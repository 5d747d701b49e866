package com.sectorweekly.report;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.PictureFigure;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.format.CjkText;
import com.sectorweekly.format.Labels;
import com.sectorweekly.model.PictureFile;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Numbers figures as they are made, which is reading order: in one sequence (图表1, 图表2 …) or,
 * where the desk numbers them apart, charts and pictures as 图N and tables as 表N. Gives each its
 * title, its note and its source line, which ends with the desk's research institute.
 */
final class FigureNumbering {

    private final Labels labels;
    private final String researchInstitute;
    private final String fileStem;
    private final boolean separate;
    /** The prefix of the anchors of figures left unnumbered (page 1's panel), or null where figures are numbered. */
    private final String unnumbered;
    private int figures;
    private int tables;

    /** @param separate whether tables are numbered apart from charts and pictures */
    FigureNumbering(Labels labels, String researchInstitute, String fileStem, boolean separate) {
        this(labels, researchInstitute, fileStem, separate, null);
    }

    private FigureNumbering(Labels labels, String researchInstitute, String fileStem, boolean separate, String unnumbered) {
        this.labels = labels;
        this.researchInstitute = researchInstitute;
        this.fileStem = fileStem;
        this.separate = separate;
        this.unnumbered = unnumbered;
    }

    /**
     * Figures titled by their caption alone, outside the numbering and the list of figures, as page
     * 1's panel prints them; anchored {@code prefix-1}, {@code prefix-2} …
     */
    FigureNumbering unnumbered(String prefix) {
        return new FigureNumbering(labels, researchInstitute, fileStem, separate, prefix);
    }

    TableFigure table(String caption, List<TableFigure.Column> columns, List<List<String>> rows, String note,
                      List<String> sources) {
        Number n = next(true);
        return new TableFigure(n.anchor(), n.label(), caption, title(n, caption), columns, rows, note(note), sourceLine(sources));
    }

    /** A chart, whose drawing a Markdown report links to as an SVG file beside it. */
    ChartFigure chart(String caption, Chart chart, String note, List<String> sources) {
        Number n = next(false);
        return new ChartFigure(n.anchor(), n.label(), caption, title(n, caption), note(note), sourceLine(sources),
                fileStem + "-" + n.anchor() + ".svg", chart);
    }

    /** A picture, which a Markdown report links to as a copy of its file beside it. */
    PictureFigure picture(String caption, PictureFile picture, boolean wide, String note, List<String> sources) {
        Number n = next(false);
        return new PictureFigure(n.anchor(), n.label(), caption, title(n, caption), note(note), sourceLine(sources),
                fileStem + "-" + n.anchor() + "." + picture.format().extension(), picture.format().mediaType(),
                picture.bytes(), picture.width(), picture.height(), wide);
    }

    private record Number(String anchor, String label) {
    }

    private Number next(boolean table) {
        if (unnumbered != null) {
            figures++;
            return new Number(unnumbered + "-" + figures, "");
        }
        if (separate && table) {
            tables++;
            return new Number("table-" + tables, labels.format("figure.tableLabel", String.valueOf(tables)));
        }
        figures++;
        String key = separate ? "figure.chartLabel" : "figure.label";
        return new Number("figure-" + figures, labels.format(key, String.valueOf(figures)));
    }

    private String title(Number n, String caption) {
        return n.label().isEmpty() ? caption : labels.format("figure.title", n.label(), caption);
    }

    private String note(String note) {
        return note == null || note.isBlank() ? null : labels.format("figure.note", CjkText.tidy(note));
    }

    /** The figure's sources and, last, the desk's research institute, each once. */
    private String sourceLine(List<String> sources) {
        String line = Stream.concat(sources.stream(), Stream.of(researchInstitute))
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .collect(Collectors.joining(labels.get("source.separator")));
        return labels.format("figure.source", line);
    }
}
