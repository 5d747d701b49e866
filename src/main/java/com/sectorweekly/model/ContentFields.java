package com.sectorweekly.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The content files' records described by themselves: their YAML keys, and the fields their
 * annotations mark ({@link Prose}, {@link Renewed}), found by walking a record (with each value's
 * JSON pointer in its file) or a record type (with a path in every list). The checks, the loader
 * and {@code new} take what they need from here, so that a field is described once, where it is
 * declared.
 */
public final class ContentFields {

    private ContentFields() {
    }

    /** A text of a content file at its JSON pointer, and how the field that holds it is marked. */
    public record Text(String pointer, String text, Prose prose) {
    }

    /** How {@code new} empties a renewed value: a figure keeping the last, a list, a text, or a text list item. */
    public enum Renewal { FIGURE, LIST, TEXT, TEXT_ITEM }

    /** A renewed value's path in its file ({@code segments/* /week_change}, {@code **} for nesting at any depth). */
    public record RenewedPath(String path, Renewal renewal) {
    }

    /** An optional text written but left empty is not given: null, as if the key were left out. */
    static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** The YAML keys of a record, in declaration order. */
    public static Map<String, RecordComponent> keys(Class<?> type) {
        Map<String, RecordComponent> keys = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            keys.put(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName()), c);
        }
        return keys;
    }

    /**
     * Whether a record is written as a YAML mapping. One whose only creator is a {@code @JsonCreator}
     * factory is written as one scalar (an ISO week); one that also marks its constructor may be either.
     */
    public static boolean isMapping(Class<?> type) {
        return type.isRecord() && (Arrays.stream(type.getDeclaredMethods()).noneMatch(m -> m.isAnnotationPresent(JsonCreator.class))
                || Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(JsonCreator.class)));
    }

    /** Whether a record may also be written as text alone (a paragraph block, a list item, a risk's id). */
    public static boolean takesText(Class<?> type) {
        return Arrays.stream(type.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(JsonCreator.class)
                && m.getParameterCount() == 1 && m.getParameterTypes()[0] == String.class);
    }

    /** Every record type a file's record holds, itself included, each once. */
    public static Set<Class<?>> records(Class<?> root) {
        Set<Class<?>> found = new LinkedHashSet<>();
        gather(root, found);
        return found;
    }

    private static void gather(Class<?> type, Set<Class<?>> found) {
        if (!type.isRecord() || !found.add(type)) {
            return;
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> item = itemOf(component.getGenericType());
            gather(item != null ? item : component.getType(), found);
        }
    }

    /** Every text marked {@link Prose} in a file's record, in the order the file declares them. */
    public static List<Text> texts(Object root) {
        List<Text> texts = new ArrayList<>();
        collect(root, "", texts);
        return texts;
    }

    private static void collect(Object value, String pointer, List<Text> texts) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                collect(list.get(i), pointer + "/" + i, texts);
            }
        } else if (value != null && value.getClass().isRecord()) {
            keys(value.getClass()).forEach((key, component) -> {
                Object field = read(component, value);
                Prose prose = component.getAnnotation(Prose.class);
                String at = pointer + "/" + key;
                if (prose != null && field instanceof String text) {
                    texts.add(new Text(at, text, prose));
                } else if (prose != null && field instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof String text) {
                            texts.add(new Text(at + "/" + i, text, prose));
                        }
                    }
                } else {
                    collect(field, at, texts);
                }
            });
        }
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component + " of a content record", e);
        }
    }

    /**
     * The paths of every value marked {@link Renewed} under a file's record type. A record that
     * nests itself (a chapter's sections) is reached at any depth with {@code **}; a renewed
     * field of a record that may be written as text is also renewed where it is so written.
     */
    public static List<RenewedPath> renewed(Class<?> root) {
        List<RenewedPath> paths = new ArrayList<>();
        renewed(root, "", paths);
        return paths;
    }

    private static void renewed(Class<?> type, String path, List<RenewedPath> paths) {
        keys(type).forEach((key, component) -> {
            String at = path + key;
            Type generic = component.getGenericType();
            Class<?> item = itemOf(generic);
            if (component.isAnnotationPresent(Renewed.class)) {
                Class<?> raw = component.getType();
                paths.add(new RenewedPath(at, raw == List.class ? Renewal.LIST
                        : Number.class.isAssignableFrom(raw) || raw == int.class ? Renewal.FIGURE
                        : Renewal.TEXT));
                if (takesText(type) && raw == String.class) {
                    paths.add(new RenewedPath(path.substring(0, path.length() - 1), Renewal.TEXT_ITEM));
                }
            } else if (item != null && item.isRecord()) {
                boolean nests = Arrays.stream(item.getRecordComponents()).anyMatch(c -> itemOf(c.getGenericType()) == item);
                if (item != type) {
                    renewed(item, at + (nests ? "/**/" : "/*/"), paths);
                }
            } else if (component.getType().isRecord() && component.getType() != type) {
                renewed(component.getType(), at + "/", paths);
            }
        });
    }

    /** A list's item type, or null for what is not a list. */
    private static Class<?> itemOf(Type type) {
        return type instanceof ParameterizedType p && p.getRawType() == List.class
                && p.getActualTypeArguments()[0] instanceof Class<?> c ? c : null;
    }
}
