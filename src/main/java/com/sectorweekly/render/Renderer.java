package com.sectorweekly.render;

import com.sectorweekly.document.Document;

import java.util.Set;

/** Writes a whole report in one format, in memory: nothing is written until every format succeeded. */
public interface Renderer {

    Format format();

    /**
     * @param formats every format the build makes of this report (the RIXML file lists their files)
     */
    Rendered render(Document document, Set<Format> formats) throws RenderException;
}
