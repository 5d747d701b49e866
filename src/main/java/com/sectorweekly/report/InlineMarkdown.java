package com.sectorweekly.report;

import com.sectorweekly.document.RichText;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the one piece of Markdown that prose in content may use, bold ({@code **Lumentum**：…}),
 * into runs. Everything else is the analyst's text as typed: {@code 7*7}, {@code [x](url)}, a
 * backslash or a leading {@code 1.} print as written, not as Markdown would make them.
 */
final class InlineMarkdown {

    private static final Parser PARSER = Parser.builder().build();

    private InlineMarkdown() {
    }

    static RichText parse(String markdown) {
        List<RichText.Run> runs = new ArrayList<>();
        int at = 0;
        for (StrongEmphasis bold : strong(PARSER.parse(markdown), new ArrayList<>())) {
            literal(markdown.substring(at, bold.getStartOffset()), runs);
            runs.add(new RichText.Run(bold.getText().toString(), true, null));
            at = bold.getEndOffset();
        }
        literal(markdown.substring(at), runs);
        return new RichText(runs);
    }

    /** The outermost bold spans, in reading order. */
    private static List<StrongEmphasis> strong(Node node, List<StrongEmphasis> found) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof StrongEmphasis bold) {
                found.add(bold);
            } else {
                strong(child, found);
            }
        }
        return found;
    }

    private static void literal(String text, List<RichText.Run> runs) {
        if (!text.isEmpty()) {
            runs.add(new RichText.Run(text, false, null));
        }
    }
}
