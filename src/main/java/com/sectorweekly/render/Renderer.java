package com.sectorweekly.render;

import com.sectorweekly.report.Report;

/** Renders a whole report into one format, in memory: nothing is written until every format succeeded. */
public interface Renderer {

    Format format();

    Rendered render(Report report) throws RenderException;
}
