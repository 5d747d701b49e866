package com.sectorweekly.render;

/** A report could not be rendered: a template or style error, or the PDF library refused. */
public final class RenderException extends Exception {

    private static final long serialVersionUID = 1L;

    public RenderException(String message) {
        super(message);
    }

    public RenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
