package com.sectorweekly.render;

import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Content is printed, never interpreted: markup in YAML arrives as text in every format. */
class EscapingTest {

    @Test
    void markupInContentIsEscapedForEachFormat(@TempDir Path temp) {
        ExampleWeek week = ExampleWeek.copyInto(temp)
                .replace("news.yaml", "text: 微信推出 ClawBot 插件", "text: <script>alert(1)</script> ${7*7} [链接](http://x) 微信推出 ClawBot 插件")
                .replace("segments.yaml", "board: 交换机", "board: 交换|机");
        ExampleReport example = ExampleReport.of(week.weekDir());

        String html = new String(example.bytes(Format.HTML), StandardCharsets.UTF_8);
        assertFalse(html.contains("<script>"), "HTML must not carry a script from content");
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("${7*7}"), "content is not evaluated as a template");

        String md = new String(example.bytes(Format.MD), StandardCharsets.UTF_8);
        assertTrue(md.contains("\\<script\\>alert(1)\\</script\\>"), "Markdown does not pass raw HTML through");
        assertTrue(md.contains("\\[链接\\](http://x)"), "no link is made from content");
        assertTrue(md.contains("| 交换\\|机 |"), "a pipe in a table cell does not split the cell");
        assertTrue(example.text(Format.PDF).contains("<script>alert(1)</script>"), "the PDF prints it as text");
    }
}
