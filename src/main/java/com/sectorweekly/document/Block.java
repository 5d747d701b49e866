package com.sectorweekly.document;

/**
 * One block of a report's tree, as pandoc has them: every writer (Markdown, HTML, PDF) has one
 * case per type. {@link #kind()} names the type for templates, which dispatch on it.
 */
public sealed interface Block permits Section, Paragraph, ItemList, DefinitionList, TableFigure, Figures, Contacts {

    /** The type's name as templates test it: {@code section}, {@code paragraph}, {@code list} … */
    String kind();
}
