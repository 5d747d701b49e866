package com.sectorweekly.document;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One change made to every text of a document tree that is prose (not {@link Verbatim}): a
 * heading, a paragraph, a cell, a caption, a chart's labels, page 1 and the metadata. Rich text is
 * changed as one text, so that what stands between two runs (本周 and a bold IDC) is seen. The
 * tree is rebuilt, not changed.
 */
public final class TextPass {

    /** What the pass does to one text, given as the edits it makes, so rich text can keep its runs. */
    public interface Change {
        List<Edit> edits(String text);

        /** A change that puts one character for another (the text keeps its length). */
        static Change characterForCharacter(UnaryOperator<String> replace) {
            return text -> {
                String replaced = replace.apply(text);
                List<Edit> edits = new ArrayList<>();
                for (int i = 0; i < text.length(); i++) {
                    if (text.charAt(i) != replaced.charAt(i)) {
                        edits.add(new Edit(i, i + 1, String.valueOf(replaced.charAt(i))));
                    }
                }
                return edits;
            };
        }
    }

    /** The characters from {@code start} to {@code end} become {@code text}. */
    public record Edit(int start, int end, String text) {
    }

    private final Change change;

    private TextPass(Change change) {
        this.change = change;
    }

    /** The tree (a document, or a part of one such as a chart) with the change made to each of its texts. */
    @SuppressWarnings("unchecked")
    public static <T extends Record> T apply(T tree, Change change) {
        return (T) new TextPass(change).rebuild(tree);
    }

    private Object rebuild(Object value) {
        if (value instanceof String text) {
            return changed(text);
        }
        if (value instanceof RichText rich) {
            return changed(rich);
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            list.forEach(item -> out.add(rebuild(item)));
            return out;
        }
        if (value instanceof Record record) {
            return rebuildRecord(record);
        }
        return value; // numbers, dates, bytes, enums, maps of fixed wording
    }

    private Object rebuildRecord(Record record) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Object value = components[i].getAccessor().invoke(record);
                values[i] = components[i].isAnnotationPresent(Verbatim.class) ? value : rebuild(value);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("the document's " + record.getClass().getSimpleName() + " cannot be rebuilt", e);
        }
    }

    private String changed(String text) {
        if (text.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Edit edit : change.edits(text)) {
            out.append(text, at, edit.start()).append(edit.text());
            at = edit.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /**
     * The runs' joined text is changed as one; each edit lands in the run that holds its first
     * character, and a space put between two runs goes to the plain one (Markdown's ** must touch
     * the bold words).
     */
    private RichText changed(RichText rich) {
        String joined = rich.text();
        List<Edit> edits = change.edits(joined);
        if (edits.isEmpty()) {
            return rich;
        }
        List<RichText.Run> runs = rich.runs();
        int[] starts = new int[runs.size() + 1];
        for (int r = 0; r < runs.size(); r++) {
            starts[r + 1] = starts[r] + runs.get(r).text().length();
        }
        StringBuilder[] texts = new StringBuilder[runs.size()];
        Arrays.setAll(texts, r -> new StringBuilder());
        int e = 0;
        int i = 0;
        while (i <= joined.length()) {
            if (e < edits.size() && edits.get(e).start() == i) {
                Edit edit = edits.get(e++);
                texts[owner(edit, runs, starts)].append(edit.text());
                i = edit.end();
            } else if (i < joined.length()) {
                texts[runAt(i, starts)].append(joined.charAt(i++));
            } else {
                break;
            }
        }
        List<RichText.Run> out = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            out.add(new RichText.Run(texts[r].toString(), runs.get(r).bold(), runs.get(r).role()));
        }
        return new RichText(out);
    }

    /** The run that holds the character at {@code i}; the last run for the end of the text. */
    private static int runAt(int i, int[] starts) {
        int r = 0;
        while (r + 2 < starts.length && starts[r + 1] <= i) {
            r++;
        }
        return r;
    }

    /** The run an edit lands in: the one holding its first character; an insertion on the seam of two runs goes to the plain one. */
    private static int owner(Edit edit, List<RichText.Run> runs, int[] starts) {
        int r = runAt(edit.start(), starts);
        boolean seam = edit.start() == edit.end() && r > 0 && edit.start() == starts[r];
        return seam && runs.get(r).bold() && !runs.get(r - 1).bold() ? r - 1 : r;
    }
}
