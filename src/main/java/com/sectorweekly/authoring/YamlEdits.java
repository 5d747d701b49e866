package com.sectorweekly.authoring;

import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Replaces values of a YAML file in its text, so that everything else the analyst wrote (comments,
 * blank lines, flow or block style, quoting) stays as it was. Values are named by a path of keys
 * in which {@code *} stands for every item of a list ({@code segments/* /week_change}), and may end
 * there to name the items themselves; {@code **} stands for any number of keys and items between
 * ({@code chapters/** /blocks/*}: the blocks of chapters and their sections at any depth).
 */
final class YamlEdits {

    /** A value's text as written, and what it is to become; a replacement of null leaves the value as it is. */
    record Edit(String path, Function<Node, String> replacement) {
    }

    /**
     * A value the path names, with its key where it is a key's value rather than a list's item, and
     * whether it stands in a flow list or mapping ({@code [a, b]}, {@code {a: 1}}), where a comment cannot.
     */
    private record Target(Node key, Node value, boolean inFlow) {
    }

    private record Splice(int start, int end, String text) {
    }

    /** A comment at the end of a replacement. */
    private static final java.util.regex.Pattern COMMENT = java.util.regex.Pattern.compile("\\s+#.*$");

    private YamlEdits() {
    }

    /** The text with every value the edits name replaced; a path that names nothing is left alone. */
    static String apply(String text, List<Edit> edits) {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        List<Splice> splices = new ArrayList<>();
        java.util.Set<Integer> commentedLines = new java.util.HashSet<>();
        for (Edit edit : edits) {
            for (Target target : find(root, edit.path().split("/"), 0)) {
                Node value = target.value();
                String replacement = edit.replacement().apply(value);
                if (replacement == null) {
                    continue;
                }
                if (target.inFlow()) {
                    // A comment cannot stand inside [..] or {..}: it goes to the end of the value's line,
                    // once a line, where that line has none.
                    java.util.regex.Matcher comment = COMMENT.matcher(replacement);
                    if (comment.find()) {
                        replacement = replacement.substring(0, comment.start());
                        int lineEnd = text.indexOf('\n', offset(text, value.getEndMark().getIndex()));
                        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
                        int from = offset(text, value.getEndMark().getIndex());
                        int lineText = lineEnd;
                        while (lineText > from && Character.isWhitespace(text.charAt(lineText - 1))) {
                            lineText--;
                        }
                        if (!text.substring(from, lineEnd).contains("#") && commentedLines.add(lineEnd)) {
                            splices.add(new Splice(lineText, lineEnd, "  " + comment.group().strip()));
                        }
                    }
                }
                int end = trimTrailing(text, offset(text, value.getEndMark().getIndex()));
                if (isBlock(value) && target.key() != null) {
                    // A block list starts on the line after its key; the new value goes after the key,
                    // and a comment on the key's line is kept.
                    int colon = text.indexOf(':', offset(text, target.key().getEndMark().getIndex()));
                    int lineEnd = text.indexOf('\n', colon);
                    String keyLine = text.substring(colon + 1, lineEnd < 0 ? text.length() : lineEnd).strip();
                    String comment = keyLine.startsWith("#") ? "  " + keyLine : "";
                    splices.add(new Splice(colon + 1, end, " " + replacement + comment));
                } else {
                    splices.add(new Splice(offset(text, value.getStartMark().getIndex()), end, replacement));
                }
            }
        }
        splices.sort(Comparator.comparingInt(Splice::start).reversed());
        StringBuilder edited = new StringBuilder(text);
        for (Splice splice : splices) {
            edited.replace(splice.start(), splice.end(), splice.text());
        }
        return edited.toString();
    }

    /** The scalar's text as the parser read it, or null for a collection. */
    static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** The values the path names, from {@code depth} on. */
    private static List<Target> find(Node node, String[] path, int depth) {
        List<Target> found = new ArrayList<>();
        if (path[depth].equals("**")) {
            found.addAll(find(node, path, depth + 1));
            children(node).forEach(child -> found.addAll(find(child, path, depth)));
            return found;
        }
        boolean last = depth == path.length - 1;
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (tuple.getKeyNode() instanceof ScalarNode key && key.getValue().equals(path[depth])) {
                    if (last) {
                        found.add(new Target(key, tuple.getValueNode(), isFlow(mapping)));
                    } else {
                        found.addAll(find(tuple.getValueNode(), path, depth + 1));
                    }
                }
            }
        } else if (node instanceof SequenceNode sequence && path[depth].equals("*")) {
            for (Node item : sequence.getValue()) {
                if (last) {
                    found.add(new Target(null, item, isFlow(sequence)));
                } else {
                    found.addAll(find(item, path, depth + 1));
                }
            }
        }
        return found;
    }

    private static List<Node> children(Node node) {
        if (node instanceof MappingNode mapping) {
            return mapping.getValue().stream().map(NodeTuple::getValueNode).toList();
        }
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    private static boolean isFlow(Node node) {
        return node instanceof SequenceNode s ? s.getFlowStyle() == DumperOptions.FlowStyle.FLOW
                : node instanceof MappingNode m && m.getFlowStyle() == DumperOptions.FlowStyle.FLOW;
    }

    private static boolean isBlock(Node node) {
        return (node instanceof SequenceNode || node instanceof MappingNode) && !isFlow(node);
    }

    /** SnakeYAML counts code points; Java strings count UTF-16 units. */
    private static int offset(String text, int codePoints) {
        return text.offsetByCodePoints(0, Math.min(codePoints, text.codePointCount(0, text.length())));
    }

    /**
     * Where a value really ends: the parser ends a block value at the next token, past blank lines
     * and comments that belong to what follows.
     */
    private static int trimTrailing(String text, int end) {
        int cut = end;
        while (cut > 0) {
            int lineStart = text.lastIndexOf('\n', cut - 1) + 1;
            String line = text.substring(lineStart, cut).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                return cut;
            }
            cut = Math.max(lineStart - 1, 0);
        }
        return cut;
    }
}
