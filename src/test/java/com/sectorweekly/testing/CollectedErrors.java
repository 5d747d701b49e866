package com.sectorweekly.testing;

import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

import java.util.ArrayList;
import java.util.List;

/** A validator's errors, each as "line:column message"; its warnings are advice, and left out. */
public final class CollectedErrors implements ErrorHandler {

    private final List<String> errors = new ArrayList<>();

    public List<String> errors() {
        return List.copyOf(errors);
    }

    @Override
    public void warning(SAXParseException e) {
        // advice; what is required is no errors
    }

    @Override
    public void error(SAXParseException e) {
        errors.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
    }

    @Override
    public void fatalError(SAXParseException e) {
        error(e);
    }
}
