package com.sectorweekly.document;

/**
 * A numbered figure, table, chart or picture: numbered in one sequence (图表N) or in two (图N, 表N)
 * as the desk chooses, each with its caption above, and its note, if any, and source line below.
 */
public sealed interface Figure permits TableFigure, Graphic {

    String anchor();

    String label();

    String caption();

    /** {@code 图表4：本周通信板块景气度} */
    String title();

    /** {@code 注：剔除*ST公司}, or null. */
    String note();

    String source();

    /** The type's name as templates test it: {@code table}, {@code chart}, {@code picture}. */
    String kind();
}
