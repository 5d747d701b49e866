package com.sectorweekly.document;

/** A figure that is drawn rather than set as a table: a chart from data, or a picture from a file. */
public sealed interface Graphic extends Figure permits ChartFigure, PictureFigure {

    /** Whether it spans the text width; narrow ones are set two to a row. */
    boolean wide();

    /** The name of the file a Markdown report links to, written beside it. */
    String file();

    /** The figure set to span the text width. */
    Graphic widened();
}
