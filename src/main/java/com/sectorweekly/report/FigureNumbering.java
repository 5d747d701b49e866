package com.sectorweekly.report;

import com.sectorweekly.document.Chart;
import com.sectorweekly.document.ChartFigure;
import com.sectorweekly.document.TableFigure;
import com.sectorweekly.format.Labels;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Numbers figures as they are made, which is reading order (图表1, 图表2 …), and gives each its
 * title and its source line, which ends with the desk's research institute.
 */
final class FigureNumbering {

    private final Labels labels;
    private final String researchInstitute;
    private final String fileStem;
    private int count;

    FigureNumbering(Labels labels, String researchInstitute, String fileStem) {
        this.labels = labels;
        this.researchInstitute = researchInstitute;
        this.fileStem = fileStem;
    }

    TableFigure table(String caption, List<TableFigure.Column> columns, List<List<String>> rows, List<String> sources) {
        count++;
        return new TableFigure(anchor(), label(), caption, labels.format("figure.title", label(), caption), columns, rows,
                sourceLine(sources));
    }

    /** {@code file} names the drawing a Markdown report links to, written beside it. */
    ChartFigure chart(String caption, Chart chart, List<String> sources) {
        count++;
        return new ChartFigure(anchor(), label(), caption, labels.format("figure.title", label(), caption),
                sourceLine(sources), fileStem + "-" + anchor() + ".svg", chart);
    }

    private String anchor() {
        return "figure-" + count;
    }

    private String label() {
        return labels.format("figure.label", String.valueOf(count));
    }

    /** The figure's sources and, last, the desk's research institute, each once. */
    private String sourceLine(List<String> sources) {
        String line = Stream.concat(sources.stream(), Stream.of(researchInstitute))
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream()
                .collect(Collectors.joining(labels.get("source.separator")));
        return labels.format("figure.source", line);
    }
}
