package com.sectorweekly.document;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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

    /** Hands every prose text of the tree to {@code reader}, rich text as one text, changing nothing. */
    public static void read(Record tree, Consumer<String> reader) {
        apply(tree, text -> {
            reader.accept(text);
            return List.of();
        });
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
            boolean same = true;
            for (Object item : list) {
                Object rebuilt = rebuild(item);
                same &= rebuilt == item;
                out.add(rebuilt);
            }
            return same ? list : out;
        }
        if (value instanceof Record record && SHAPES.get(record.getClass()).holdsText) {
            return rebuildRecord(record);
        }
        return value; // numbers, dates, bytes, enums, maps of fixed wording, records of no text (a chart's points)
    }

    /**
     * What the pass needs of a record type, found once per type: its components' accessors, its
     * canonical constructor, and whether any component can hold text at all.
     */
    private static final class Shape {
        final boolean[] verbatim;
        final MethodHandle[] accessors;
        final MethodHandle canonical;
        final boolean holdsText;

        Shape(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            verbatim = new boolean[components.length];
            accessors = new MethodHandle[components.length];
            try {
                MethodHandles.Lookup lookup = MethodHandles.lookup();
                for (int i = 0; i < components.length; i++) {
                    verbatim[i] = components[i].isAnnotationPresent(Verbatim.class);
                    Method accessor = components[i].getAccessor();
                    accessor.setAccessible(true);
                    accessors[i] = lookup.unreflect(accessor);
                }
                Constructor<?> constructor = type.getDeclaredConstructor(
                        Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
                constructor.setAccessible(true);
                canonical = lookup.unreflectConstructor(constructor);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("the document's " + type.getSimpleName() + " cannot be rebuilt", e);
            }
            boolean text = false;
            for (int i = 0; i < components.length; i++) {
                text |= !verbatim[i] && mayHoldText(components[i].getType(), new HashSet<>(Set.of(type)));
            }
            holdsText = text;
        }

        /** A type whose values may be or hold text: text, rich text, lists, records and the interfaces records implement. */
        private static boolean mayHoldText(Class<?> type, Set<Class<?>> seen) {
            return type == String.class || List.class.isAssignableFrom(type) || type.isInterface()
                    || type.isRecord() && seen.add(type)
                    && Arrays.stream(type.getRecordComponents()).anyMatch(c -> mayHoldText(c.getType(), seen));
        }
    }

    private static final ClassValue<Shape> SHAPES = new ClassValue<>() {
        @Override
        protected Shape computeValue(Class<?> type) {
            return new Shape(type);
        }
    };

    private Object rebuildRecord(Record record) {
        Shape shape = SHAPES.get(record.getClass());
        Object[] values = new Object[shape.accessors.length];
        boolean same = true;
        try {
            for (int i = 0; i < values.length; i++) {
                Object value = shape.accessors[i].invoke(record);
                values[i] = shape.verbatim[i] ? value : rebuild(value);
                same &= values[i] == value;
            }
            return same ? record : shape.canonical.invokeWithArguments(values);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("the document's " + record.getClass().getSimpleName() + " cannot be rebuilt", e);
        }
    }

    private String changed(String text) {
        if (text.isEmpty()) {
            return text;
        }
        List<Edit> edits = change.edits(text);
        if (edits.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Edit edit : edits) {
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
