package com.sectorweekly.bench;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Contacts;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.Graphic;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.RichText;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;

import java.util.List;

/**
 * The report's text as a Typst document, for timing Typst on the same job: every heading,
 * paragraph, list, table, caption and source line the tree holds, on A4 pages in the same font,
 * without the charts and pictures (their captions and sources stay). Text goes in as Typst string
 * literals, which need no escaping beyond quotes and backslashes.
 */
final class TypstSource {

    private final StringBuilder typ = new StringBuilder();

    private TypstSource() {
    }

    static String of(Document report, String fontFamily) {
        TypstSource source = new TypstSource();
        source.typ.append("#set page(paper: \"a4\", margin: (x: 56pt, y: 64pt), numbering: \"1 / 1\")\n")
                .append("#set text(font: ").append(literal(fontFamily)).append(", size: 10pt, lang: \"")
                .append(report.info().language().substring(0, 2)).append("\")\n")
                .append("#set par(justify: true, leading: 0.7em)\n\n");
        source.line("#text(size: 24pt, weight: \"bold\")[" + call(report.masthead().sectorTitle()) + "]");
        source.line(call(report.masthead().reportType() + " · " + report.masthead().badge()));
        if (report.cover().rating() != null) {
            source.line("#strong(" + literal(report.cover().rating()) + ")");
        }
        report.cover().analysts().forEach(a -> source.line(call(a.name() + " " + a.licence() + " " + a.email())));
        source.line("#text(size: 16pt, weight: \"bold\")[" + call(report.cover().headline()) + "]");
        report.cover().summary().forEach(part -> source.section(part, 2));
        if (report.cover().panel() != null) {
            source.section(report.cover().panel(), 2);
        }
        source.line("#pagebreak()");
        report.chapters().forEach(chapter -> source.section(chapter, 1));
        return source.typ.toString();
    }

    private void section(Section section, int level) {
        line("=".repeat(Math.max(level, section.heading().level())) + " " + call(section.heading().text()));
        section.blocks().forEach(block -> block(block, level + 1));
    }

    private void block(Block block, int level) {
        if (block instanceof Section section) {
            section(section, level);
        } else if (block instanceof Paragraph paragraph) {
            line(runs(paragraph.text()));
        } else if (block instanceof ItemList list) {
            for (ItemList.Item item : list.items()) {
                line("- " + call(item.marker()) + " " + (item.lead() == null ? "" : runs(item.lead().text())));
                item.rest().forEach(rest -> block(rest, level));
            }
        } else if (block instanceof DefinitionList definitions) {
            definitions.definitions().forEach(d -> line("#strong(" + literal(d.term()) + ") " + runs(d.definition())));
        } else if (block instanceof TableFigure table) {
            table(table);
        } else if (block instanceof Figures figures) {
            for (Graphic figure : figures.figures()) {
                line("#strong(" + literal(figure.title()) + ")");
                line(call(figure.source()));
            }
        } else if (block instanceof Contacts contacts) {
            contacts.offices().forEach(office -> line(call(office.city() + " " + String.join(" ", office.lines()))));
        }
    }

    private void table(TableFigure table) {
        line("#strong(" + literal(table.title()) + ")");
        StringBuilder cells = new StringBuilder("#table(columns: " + table.columns().size() + ", stroke: 0.4pt");
        table.flatTitles().forEach(title -> cells.append(", strong(").append(literal(title)).append(")"));
        for (List<String> row : table.rows()) {
            row.forEach(cell -> cells.append(", ").append(literal(cell)));
        }
        line(cells.append(")").toString());
        if (table.note() != null) {
            line(call(table.note()));
        }
        line(call(table.source()));
    }

    private static String runs(RichText text) {
        StringBuilder markup = new StringBuilder();
        for (RichText.Run run : text.runs()) {
            markup.append(run.bold() ? "#strong(" + literal(run.text()) + ")" : call(run.text()));
        }
        return markup.toString();
    }

    private void line(String markup) {
        typ.append(markup).append("\n\n");
    }

    /** Text in markup: a string literal called into it. */
    private static String call(String text) {
        return "#" + literal(text);
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", " ") + "\"";
    }
}
