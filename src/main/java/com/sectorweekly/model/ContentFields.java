package com.sectorweekly.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

/**
 * The content files' records described by themselves: their YAML keys, and the fields their
 * annotations mark ({@link Prose}, {@link Renewed}), found by walking a record (with each value's
 * JSON pointer in its file) or a record type (with a path in every list). The checks, the loader
 * and {@code new} take what they need from here, so that a field is described once, where it is
 * declared.
 */
public final class ContentFields {

    /** The renewed paths of each file's record type as patterns, made once: the checks ask of every text. */
    private static final Map<Class<?>, List<Pattern>> RENEWED_PATTERNS = new ConcurrentHashMap<>();

    private ContentFields() {
    }

    /** A text of a content file at its JSON pointer, and how the field that holds it is marked. */
    public record Text(String pointer, String text, Prose prose) {
    }

    /** A value of a content file chosen from a {@link Choice}, at its JSON pointer. */
    public record Chosen(String pointer, String value, Choice choice) {
    }

    /** A record of a content file at its JSON pointer, from which the pointers of its keys are had. */
    public record Placed<T>(String pointer, T value) {

        /** The pointer of one of the record's keys; a key the record does not have is a mistake in the caller. */
        public String at(String key) {
            if (!keys(value.getClass()).containsKey(key)) {
                throw new IllegalArgumentException(value.getClass().getSimpleName() + " has no key '" + key + "'");
            }
            return pointer + "/" + key;
        }

        /** The record (or other value) of one of the record's keys, placed. */
        public Placed<Object> field(String key) {
            return new Placed<>(at(key), read(keys(value.getClass()).get(key), value));
        }

        /** An item of one of the record's lists, placed. */
        public Placed<Object> item(String key, int index) {
            Placed<Object> list = field(key);
            return new Placed<>(list.pointer() + "/" + index, ((List<?>) list.value()).get(index));
        }
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

    /**
     * The YAML keys of a record, in declaration order. Found once per type: each call of
     * {@code getRecordComponents} makes new components, whose annotations are then parsed again.
     */
    public static Map<String, RecordComponent> keys(Class<?> type) {
        return KEYS.get(type);
    }

    private static final ClassValue<Map<String, RecordComponent>> KEYS = new ClassValue<>() {
        @Override
        protected Map<String, RecordComponent> computeValue(Class<?> type) {
            Map<String, RecordComponent> keys = new LinkedHashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                keys.put(PropertyNamingStrategies.SnakeCaseStrategy.INSTANCE.translate(c.getName()), c);
            }
            return Collections.unmodifiableMap(keys);
        }
    };

    /**
     * Whether a record is written as a YAML mapping. One whose only creator is a {@code @JsonCreator}
     * factory is written as one scalar (an ISO week); one that also marks its constructor may be either.
     */
    public static boolean isMapping(Class<?> type) {
        return type.isRecord() && (Arrays.stream(type.getDeclaredMethods()).noneMatch(m -> m.isAnnotationPresent(JsonCreator.class))
                || Arrays.stream(type.getDeclaredConstructors()).anyMatch(c -> c.isAnnotationPresent(JsonCreator.class)));
    }

    /** Whether a type is written as one scalar: text, a number, a date or time, a yes/no, an ISO week. */
    public static boolean isSingleValue(Class<?> type) {
        return type.isPrimitive() || CharSequence.class.isAssignableFrom(type) || Number.class.isAssignableFrom(type)
                || java.time.temporal.Temporal.class.isAssignableFrom(type) || type == Boolean.class || type.isEnum()
                || type.isRecord() && !isMapping(type);
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
        walk(root, "", (pointer, component, value) -> {
            Prose prose = component.getAnnotation(Prose.class);
            eachText(pointer, value, (at, text) -> texts.add(new Text(at, text, prose)), prose != null);
            return prose == null;
        });
        return texts;
    }

    /** Every value chosen from a {@link Choice} ({@link OneOf}) in a file's record, in the order the file declares them. */
    public static List<Chosen> choices(Object root) {
        List<Chosen> chosen = new ArrayList<>();
        walk(root, "", (pointer, component, value) -> {
            OneOf oneOf = component.getAnnotation(OneOf.class);
            eachText(pointer, value, (at, text) -> chosen.add(new Chosen(at, text, oneOf.value())), oneOf != null);
            return oneOf == null;
        });
        return chosen;
    }

    /** Every record of a type in a file's record, at any depth, with its pointer, in the order the file declares them. */
    public static <T> List<Placed<T>> find(Object root, Class<T> type) {
        List<Placed<T>> found = new ArrayList<>();
        walk(root, "", new FieldVisit() {
            @Override
            public void record(String pointer, Object record) {
                if (type.isInstance(record)) {
                    found.add(new Placed<>(pointer, type.cast(record)));
                }
            }

            @Override
            public boolean visit(String pointer, RecordComponent component, Object value) {
                return true;
            }
        });
        return found;
    }

    /** A text value, or each text item of a list, with its pointer; nothing unless {@code marked}. */
    private static void eachText(String pointer, Object value, BiConsumer<String, String> action, boolean marked) {
        if (!marked) {
            return;
        }
        if (value instanceof String text) {
            action.accept(pointer, text);
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof String text) {
                    action.accept(pointer + "/" + i, text);
                }
            }
        }
    }

    /** What a walk does with each record it meets, and with each of its fields; returns whether to walk into the field's value. */
    private interface FieldVisit {
        boolean visit(String pointer, RecordComponent component, Object value);

        default void record(String pointer, Object record) {
        }
    }

    /** Every field of every record under a value, depth first in declaration order, with its JSON pointer. */
    private static void walk(Object value, String pointer, FieldVisit visit) {
        if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(list.get(i), pointer + "/" + i, visit);
            }
        } else if (value != null && value.getClass().isRecord()) {
            visit.record(pointer, value);
            keys(value.getClass()).forEach((key, component) -> {
                Object field = read(component, value);
                String at = pointer + "/" + key;
                if (visit.visit(at, component, field)) {
                    walk(field, at, visit);
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
     * Whether the value at a JSON pointer of a file's record is written afresh each period: it is,
     * or lies within, a value marked {@link Renewed} (a view, a commentary, a news list's item).
     */
    public static boolean isRenewed(Class<?> root, String pointer) {
        String path = pointer.startsWith("/") ? pointer.substring(1) : pointer;
        return RENEWED_PATTERNS.computeIfAbsent(root, type -> renewed(type).stream().map(r -> pathPattern(r.path())).toList())
                .stream().anyMatch(renewed -> renewed.matcher(path).matches());
    }

    /** A renewed path as a pattern: {@code *} one key or position, {@code **} any number; anything below it too. */
    private static Pattern pathPattern(String path) {
        StringBuilder regex = new StringBuilder();
        String[] steps = path.split("/");
        for (int i = 0; i < steps.length; i++) {
            boolean last = i == steps.length - 1;
            if (steps[i].equals("**")) {
                regex.append("(?:[^/]+/)*");
            } else {
                regex.append(steps[i].equals("*") ? "[^/]+" : Pattern.quote(steps[i])).append(last ? "" : "/");
            }
        }
        return Pattern.compile(regex + "(?:/.*)?");
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
