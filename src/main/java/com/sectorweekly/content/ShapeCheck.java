package com.sectorweekly.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.sectorweekly.model.Alongside;
import com.sectorweekly.model.AtLeast;
import com.sectorweekly.model.Colour;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.FileName;
import com.sectorweekly.model.Part;
import com.sectorweekly.model.Required;
import org.apache.commons.text.similarity.LevenshteinDistance;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Compares a parsed YAML tree with the record it is meant to become, before binding, so that all
 * unknown, missing and empty keys of a file are reported at once, each at its own place; and
 * refuses, where they are loaded, the values no report can hold: control characters, texts and
 * numbers beyond sane bounds, colours and file names not of their form, counts below their least.
 */
final class ShapeCheck {

    private static final LevenshteinDistance DISTANCE = new LevenshteinDistance(3);
    /** The longest text a value may hold: far beyond any paragraph, well short of what slows a build. */
    static final int MAX_TEXT = 20_000;
    /** The largest number a value may hold, either sign: beyond any figure a report prints. */
    static final double MAX_NUMBER = 1e15;
    private final Function<String, Location> locate;
    private final List<Problem> problems = new ArrayList<>();
    /** Unknown keys whose record is whole without them: reported, but the file can still be read. */
    private final List<Problem> strayKeys = new ArrayList<>();

    ShapeCheck(Function<String, Location> locate) {
        this.locate = locate;
    }

    /**
     * @param problems   what stops the file from becoming its record
     * @param strayKeys  unknown keys of records that are whole without them: each an error, but the
     *                   file can be read without them, so the other checks can still run
     */
    record Result(List<Problem> problems, List<Problem> strayKeys) {
    }

    Result check(JsonNode node, Class<?> type) {
        visit(node, type, "", null);
        return new Result(problems, strayKeys);
    }

    /** @param field the record component the value is written for, whose annotations say more of its form; null at the top */
    private void visit(JsonNode node, Type type, String pointer, RecordComponent field) {
        if (node == null || node.isNull()) {
            return;
        }
        if (node.isValueNode() && !fits(node, pointer, field)) {
            return;
        }
        // Jackson reads [] as no date at all, so a list or mapping where one value belongs is named here.
        if (node.isContainerNode() && type instanceof Class<?> single && ContentFields.isSingleValue(single)) {
            report(pointer, "expected " + YamlFile.describe(single) + ", not " + (node.isArray() ? "a list" : "a mapping"));
            return;
        }
        if (type instanceof Class<?> c && ContentFields.isMapping(c)) {
            if (node.isTextual() && ContentFields.takesText(c)) {
                return;
            }
            if (!node.isObject()) {
                report(pointer, "expected " + YamlFile.describe(c));
                return;
            }
            visitRecord(node, c, pointer);
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            if (!node.isArray()) {
                report(pointer, "expected " + YamlFile.describe(List.class));
                return;
            }
            // A record's item left empty is a mistake; a table row's cell may well be empty.
            boolean ofRecords = p.getActualTypeArguments()[0] instanceof Class<?> c && c.isRecord();
            for (int i = 0; i < node.size(); i++) {
                JsonNode item = node.get(i);
                if (ofRecords && (item.isNull() || item.isTextual() && item.asText().isBlank())) {
                    report(pointer + "/" + i, "item " + (i + 1) + " of the list is empty; write it, or remove its line");
                } else {
                    visit(item, p.getActualTypeArguments()[0], pointer + "/" + i, field);
                }
            }
        }
    }

    private void visitRecord(JsonNode node, Class<?> type, String pointer) {
        Map<String, RecordComponent> keys = ContentFields.keys(type);
        Set<String> suggested = new HashSet<>();
        List<Problem> unknown = new ArrayList<>();
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.containsKey(name)) {
                nearest(name, keys.keySet()).ifPresent(suggested::add);
                unknown.add(problem(pointer + "/" + name, unknownKey(name, keys.keySet()), true));
            }
        }
        // A misspelt required key leaves the record without it: then the file cannot be read at all.
        boolean whole = keys.entrySet().stream().noneMatch(k -> suggested.contains(k.getKey())
                && k.getValue().isAnnotationPresent(Required.class) && node.get(k.getKey()) == null);
        (whole ? strayKeys : problems).addAll(unknown);
        keys.forEach((name, component) -> {
            JsonNode value = node.get(name);
            boolean required = component.isAnnotationPresent(Required.class);
            if (required && value == null && suggested.contains(name)) {
                return; // the misspelt key's "did you mean" already names it
            }
            Part part = component.getAnnotation(Part.class);
            Alongside alongside = component.getAnnotation(Alongside.class);
            if (alongside != null && !given(node.get(alongside.value()))) {
                if (given(value)) {
                    report(pointer + "/" + name, "'" + name + "' belongs with '" + alongside.value() + "', which is not given here: "
                            + "write '" + alongside.value() + "' too, or leave '" + name + "' out", true);
                }
                return;
            }
            boolean givenOtherwise = alongside != null && !alongside.unless().isEmpty() && given(node.get(alongside.unless()));
            required |= alongside != null && alongside.required() && !givenOtherwise;
            String because = alongside == null ? "" : ", as '" + alongside.value() + "' is given"
                    + (alongside.unless().isEmpty() ? "" : " (or give '" + alongside.unless() + "', from which it is computed)");
            if (required && value == null) {
                String where = pointer.isEmpty() ? "the top level" : "'" + pointer.substring(1).replace('/', '.') + "'";
                report(pointer, part != null
                        ? part.value() + " is missing: every report must carry it; write it under '" + name + "' in " + where
                        : "missing required key '" + name + "' in " + where + because);
            } else if (required && (value.isNull() || value.isTextual() && value.asText().isBlank())) {
                report(pointer + "/" + name, part != null
                        ? part.value() + " is empty ('" + name + "'): every report must carry it"
                        : "'" + name + "' is empty; a value is required here" + because, true);
            } else {
                visit(value, component.getGenericType(), pointer + "/" + name, component);
            }
        });
    }

    /** Whether a single value is one a report can hold; each that is not is reported at its place. */
    private boolean fits(JsonNode node, String pointer, RecordComponent field) {
        if (node.isTextual()) {
            String text = node.asText();
            int control = Printable.firstControl(text);
            if (control >= 0) {
                report(pointer, "holds " + Printable.refusal(text.charAt(control),
                        " (at character " + (text.codePointCount(0, control) + 1) + ")"));
                return false;
            }
            if (text.length() > MAX_TEXT) {
                report(pointer, "is " + text.length() + " characters long; a value holds at most " + MAX_TEXT
                        + " (split a long text into paragraphs)");
                return false;
            }
            if (field != null && field.isAnnotationPresent(Colour.class) && !Colour.FORM.matcher(text).matches()) {
                report(pointer, "'" + text + "' is not a colour; write it as #RRGGBB, e.g. #8C1D2B");
                return false;
            }
            if (field != null && field.isAnnotationPresent(FileName.class) && !FileName.FORM.matcher(text).matches()) {
                report(pointer, "'" + text + "' becomes part of a file name: write letters, digits, '-', '_' or '.' only "
                        + "(at most 64, starting with a letter or digit)");
                return false;
            }
        }
        if (node.isNumber()) {
            double value = node.doubleValue();
            if (Double.isNaN(value)) {
                report(pointer, "is not a number (.nan); write a figure");
                return false;
            }
            if (Double.isInfinite(value) || Math.abs(value) > MAX_NUMBER) {
                report(pointer, "the number here is beyond the largest a report holds (10^15 either side of 0); "
                        + "check the figure and its unit");
                return false;
            }
            AtLeast least = field == null ? null : field.getAnnotation(AtLeast.class);
            if (least != null && value < least.value()) {
                report(pointer, "is " + node.asText() + "; '" + keyOf(pointer) + "' is at least "
                        + java.math.BigDecimal.valueOf(least.value()).stripTrailingZeros().toPlainString());
                return false;
            }
        }
        return true;
    }

    private static String keyOf(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    private static boolean given(JsonNode value) {
        return value != null && !value.isNull() && !(value.isTextual() && value.asText().isBlank());
    }

    static String unknownKey(String key, Collection<String> known) {
        String hint = nearest(key, known).map(n -> "; did you mean '" + n + "'?").orElse(";");
        return "unknown key '" + key + "'" + hint + " expected one of: " + String.join(", ", known.stream().sorted().toList());
    }

    /** The known name within three edits of {@code key}, if any: the likely intended one. */
    static Optional<String> nearest(String key, Collection<String> known) {
        return known.stream()
                .filter(n -> DISTANCE.apply(n, key) >= 0)
                .min(Comparator.comparingInt((String n) -> DISTANCE.apply(n, key)).thenComparing(n -> n));
    }

    private void report(String pointer, String message) {
        report(pointer, message, false);
    }

    private void report(String pointer, String message, boolean atKey) {
        problems.add(problem(pointer, message, atKey));
    }

    /** A problem with a key is placed at the key, one with a value at the value. */
    private Problem problem(String pointer, String message, boolean atKey) {
        return new Problem(locate.apply(atKey ? pointer + "#key" : pointer), message);
    }
}
