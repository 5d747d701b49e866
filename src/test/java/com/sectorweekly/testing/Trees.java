package com.sectorweekly.testing;

import com.sectorweekly.document.Block;
import com.sectorweekly.document.Contacts;
import com.sectorweekly.document.DefinitionList;
import com.sectorweekly.document.Document;
import com.sectorweekly.document.Figures;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.document.Paragraph;
import com.sectorweekly.document.Section;
import com.sectorweekly.document.TableFigure;

import java.util.ArrayList;
import java.util.List;

/** Finding one's way in a document tree: a section by its anchor, the blocks of a type, the words. */
public final class Trees {

    private Trees() {
    }

    /** The listed section with this anchor, at any depth of the body. */
    public static Section section(Document document, String anchor) {
        return all(document.chapters(), Section.class).stream()
                .filter(s -> anchor.equals(s.heading().anchor()))
                .findFirst().orElseThrow(() -> new AssertionError("no section '" + anchor + "'"));
    }

    /** Page 1's part with this heading. */
    public static Section summaryPart(Document document, String heading) {
        return document.cover().summary().stream().filter(s -> s.heading().text().equals(heading))
                .findFirst().orElseThrow(() -> new AssertionError("no summary part '" + heading + "'"));
    }

    /** Every block of a type among the blocks, at any depth, in reading order. */
    public static <T extends Block> List<T> all(List<? extends Block> blocks, Class<T> type) {
        List<T> found = new ArrayList<>();
        for (Block block : blocks) {
            if (type.isInstance(block)) {
                found.add(type.cast(block));
            }
            if (block instanceof Section section) {
                found.addAll(all(section.blocks(), type));
            } else if (block instanceof ItemList list) {
                list.items().forEach(item -> found.addAll(all(item.blocks(), type)));
            }
        }
        return found;
    }

    /** The text of every paragraph among the blocks, at any depth, {@link #spaced}. */
    public static List<String> paragraphs(List<? extends Block> blocks) {
        return all(blocks, Paragraph.class).stream().map(p -> spaced(p.text().text())).toList();
    }

    /**
     * A text with its thin spaces (U+2009, between Chinese and Latin) shown as plain ones, so that a
     * test of what the text says can be typed; TypographyTest tests which space stands where.
     */
    public static String spaced(String text) {
        return text.replace('\u2009', ' ');
    }

    /**
     * Every piece of text a reader sees in the body and on page 1 (its panel after the summary), in reading order: headings,
     * paragraphs, list markers and items, terms and definitions, captions, cells and sources.
     */
    public static List<String> words(Document document) {
        List<String> words = new ArrayList<>();
        words.add(document.cover().rating());
        words.add(document.cover().headline());
        document.cover().summary().forEach(part -> {
            words.add(part.heading().text());
            words(part.blocks(), words);
        });
        if (document.cover().panel() != null) {
            words.add(document.cover().panel().heading().text());
            words(document.cover().panel().blocks(), words);
        }
        words(document.chapters(), words);
        return words;
    }

    private static void words(List<? extends Block> blocks, List<String> words) {
        for (Block block : blocks) {
            if (block instanceof Section section) {
                words.add(section.heading().text());
                words(section.blocks(), words);
            } else if (block instanceof Paragraph paragraph) {
                words.add(paragraph.text().text());
            } else if (block instanceof ItemList list) {
                list.items().forEach(item -> {
                    if (item.marker() != null) {
                        words.add(item.marker());
                    }
                    words(item.blocks(), words);
                });
            } else if (block instanceof DefinitionList list) {
                list.definitions().forEach(d -> {
                    words.add(d.term());
                    words.add(d.definition().text());
                });
            } else if (block instanceof TableFigure table) {
                words.add(table.title());
                table.columns().forEach(c -> words.add(c.title()));
                table.rows().forEach(words::addAll);
                if (table.note() != null) {
                    words.add(table.note());
                }
                words.add(table.source());
            } else if (block instanceof Figures figures) {
                figures.figures().forEach(f -> {
                    words.add(f.title());
                    if (f.note() != null) {
                        words.add(f.note());
                    }
                    words.add(f.source());
                });
            } else if (block instanceof Contacts contacts) {
                contacts.offices().forEach(o -> {
                    words.add(o.city());
                    words.addAll(o.lines());
                });
            }
        }
    }
}
