package com.sectorweekly.document;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** How a run of figures is set in rows: no row is left half empty. */
class FiguresTest {

    private static ChartFigure chart(String anchor, boolean wide) {
        Chart history = new Chart.History("值", null, List.of(new Chart.History.Period("2026", BigDecimal.ONE, null)), wide);
        return new ChartFigure(anchor, "图表", anchor, anchor, null, "来源：样例", anchor + ".svg", history);
    }

    private static List<String> rows(Graphic... figures) {
        return new Figures(List.of(figures)).rows().stream()
                .map(row -> String.join("+", row.stream().map(f -> f.anchor() + (f.wide() ? "(wide)" : "")).toList()))
                .toList();
    }

    @Test
    void narrowFiguresPairAndALoneOneIsSetWide() {
        assertEquals(List.of("a+b", "c(wide)"), rows(chart("a", false), chart("b", false), chart("c", false)));
        assertEquals(List.of("a(wide)", "w(wide)", "b+c"), rows(chart("a", false), chart("w", true), chart("b", false), chart("c", false)));
        assertEquals(List.of("w(wide)"), rows(chart("w", true)));
    }

    @Test
    void theFiguresThemselvesStayAsWritten() {
        Figures figures = new Figures(List.of(chart("a", false)));
        assertEquals(false, figures.figures().get(0).wide(), "the list of figures and the Markdown keep the figure as written");
        assertEquals(true, figures.rows().get(0).get(0).wide());
    }
}
