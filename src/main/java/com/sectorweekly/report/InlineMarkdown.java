package com.sectorweekly.report;

import com.sectorweekly.document.RichText;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the Markdown that prose in content may use (bold lead-ins such as {@code **Lumentum**：…})
 * into runs. Anything else Markdown would make of the text is kept as plain words.
 */
final class InlineMarkdown {

    private static final Parser PARSER = Parser.builder().build();

    private InlineMarkdown() {
    }

    static RichText parse(String markdown) {
        List<RichText.Run> runs = new ArrayList<>();
        collect(PARSER.parse(markdown), false, runs);
        return new RichText(runs);
    }

    private static void collect(Node node, boolean bold, List<RichText.Run> runs) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Text text) {
                runs.add(new RichText.Run(text.getChars().unescape(), bold, null));
            } else if (!child.hasChildren()) {
                String literal = child.getChars().unescape();
                if (!literal.isBlank()) {
                    runs.add(new RichText.Run(literal, bold, null));
                }
            } else {
                collect(child, bold || child instanceof StrongEmphasis, runs);
            }
        }
    }
}
