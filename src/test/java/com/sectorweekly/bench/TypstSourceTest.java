package com.sectorweekly.bench;

import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Trees;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Typst peer compiles the same text the report prints: every word of the tree, as a string literal. */
class TypstSourceTest {

    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @Test
    void everyWordOfTheReportIsInTheTypstSourceAsALiteral() {
        var report = ExampleReport.bundled().report;
        String typ = TypstSource.of(report, "Noto Sans SC");
        String text = typ.lines().map(TypstSourceTest::literals).collect(Collectors.joining("\n"));
        List<String> missing = Trees.words(report).stream()
                .filter(word -> word != null && !word.isBlank())
                .filter(word -> !text.contains(word.replace("\n", " ")))
                .toList();
        assertEquals(List.of(), missing);
        assertTrue(typ.startsWith("#set page(paper: \"a4\""), typ.substring(0, 40));
        assertTrue(typ.contains("#set text(font: \"Noto Sans SC\""));
    }

    /** What a line's string literals say, run together: the text Typst prints from it. */
    private static String literals(String line) {
        Matcher literal = LITERAL.matcher(line);
        StringBuilder text = new StringBuilder();
        while (literal.find()) {
            text.append(literal.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
        }
        return text.toString();
    }
}
