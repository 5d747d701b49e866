package com.sectorweekly.cli;

import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sector-weekly diff}: what changed from one week to the next, for the terminal and as Markdown. */
class DiffCommandTest extends CommandTest {

    @TempDir
    Path temp;

    private Path content;

    /** W14 is W13 with a few things changed, each of a kind the diff reports. */
    @BeforeEach
    void twoWeeks() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        content = week.contentDir();
        Path w14 = content.resolve("2026-W14");
        Files.createDirectories(w14);
        try (Stream<Path> files = Files.list(week.weekDir())) {
            for (Path f : files.toList()) {
                Files.copy(f, w14.resolve(f.getFileName()));
            }
        }
        edit(w14.resolve("week.yaml"), "week: 2026-W13", "week: 2026-W14");
        edit(w14.resolve("week.yaml"), "report_date: 2026-03-27", "report_date: 2026-04-03");
        edit(w14.resolve("week.yaml"), "rating: 买入", "rating: 增持");
        edit(w14.resolve("week.yaml"), "rating_action: 维持", "rating_action: 下调");
        edit(w14.resolve("segments.yaml"), "week_change: -3.25", "week_change: 1.00");
        edit(w14.resolve("segments.yaml"), "    - board: 运营商\n      level: 稳健向上", "    - board: 运营商\n      level: 加速向上");
        edit(w14.resolve("segments.yaml"), "    - board: IDC\n      level: 加速向上", "    - board: IDC\n      level: 景气平稳");
        edit(w14.resolve("core-data.yaml"), "value: 2904, unit: 亿元, change: -1.7", "value: 4410, unit: 亿元, change: 0.8");
        edit(w14.resolve("market.yaml"), "rank: 22", "rank: 9");
        edit(w14.resolve("news.yaml"), "industry:\n", "industry:\n  - date: 2026-03-31\n    source: 财联社\n    text: 一条新的行业新闻。\n");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void tellsTheTerminalWhatChanged() {
        assertEquals(0, run("diff", "--content", content.toString(), "2026-W13", "2026-W14"), err::toString);
        String said = out.toString();
        assertTrue(said.startsWith("2026-W13 → 2026-W14\nRating: 买入（维持） → 增持（下调）\n"), said);
        assertTrue(said.contains("景气度: 2 moved, 6 unchanged\n  ↑ 运营商  稳健向上 → 加速向上\n  ↓ IDC  加速向上 → 景气平稳\n"), said);
        assertTrue(said.contains("  ~ 服务器 8841058.WI  -3.25% → +1.00% (+4.25 pp)  (-8.49% → -8.49%)\n"), said);
        assertTrue(said.contains("Market: sector -1.42% → -1.42% (0.00 pp); rank 22 → 9\n"), said);
        assertTrue(said.contains("KPIs: 1 changed, 0 new, 0 dropped, 22 unchanged\n"
                + "  ~ telecom_revenue 电信业务收入（累计）: 2904亿元，同比-1.7%（2026年1-2月） → 4410亿元，同比+0.8%（2026年1-2月）\n"), said);
        assertTrue(said.contains("News: 1 new, 0 dropped\n  + industry 2026-03-31 财联社: 一条新的行业新闻。\n"), said);
    }

    @Test
    void writesTheSameAsMarkdown() {
        assertEquals(0, run("diff", "--content", content.toString(), "--format", "markdown", "2026-W13", "2026-W14"), err::toString);
        String md = out.toString();
        assertTrue(md.startsWith("# Changes from 2026-W13 to 2026-W14\n\n## Rating\n\n买入（维持） → **增持（下调）**\n"), md);
        assertTrue(md.contains("| ↓ | IDC | 加速向上 | 景气平稳 |\n"), md);
        assertTrue(md.contains("| ~ | 服务器 | 8841058.WI | -3.25% | +1.00% | +4.25 pp | -8.49% | -8.49% |\n"), md);
        assertTrue(md.contains("| ~ | telecom\\_revenue | 电信业务收入（累计） |"), md);
        assertTrue(md.contains("### New\n\n- *industry* 2026-03-31, 财联社: 一条新的行业新闻。\n"), md);
    }

    @Test
    void aWeekThatDoesNotLoadIsNamedWithItsProblem() throws IOException {
        Files.writeString(content.resolve("2026-W14/market.yaml"), "rank: [\n");
        assertEquals(2, run("diff", "--content", content.toString(), "2026-W13", "2026-W14"));
        assertTrue(err.toString().contains("2026-W14/market.yaml:"), err::toString);
    }
}
