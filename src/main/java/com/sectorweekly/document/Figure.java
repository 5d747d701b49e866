package com.sectorweekly.document;

/**
 * A numbered figure (图表N), table or chart: one sequence runs through the report, and every
 * figure carries its caption above and its source line below.
 */
public sealed interface Figure permits TableFigure, ChartFigure {

    String anchor();

    String label();

    String caption();

    String source();

    /** {@code 图表4：本周通信板块景气度} */
    String title();
}
