package com.sectorweekly.cli;

import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
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
        edit(w14.resolve("news.yaml"), "company:\n", "company:\n  - company: 中际旭创\n    date: 2026-04-01\n    source: 公司公告\n    text: 一条新的公司新闻。\n");
        edit(w14.resolve("week.yaml"), "headline: 光交换场景持续拓宽", "headline: 光交换场景继续拓宽，CPO 进入放量期");
        edit(w14.resolve("segments.yaml"), "我们判断高速光模块的需求景气仍在上行通道。", "我们判断 800G 光模块的需求景气仍在上行通道，1.6T 将于 2026 年放量。");
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertTrue(text.contains(from), () -> file + " holds " + from);
        Files.writeString(file, text.replace(from, to));
    }

    @Test
    void tellsTheTerminalWhatChangedInTheDesksLanguage() {
        assertEquals(0, run("diff", "--content", content.toString(), "2026-W13", "2026-W14"), err::toString);
        String said = out.toString();
        assertTrue(said.startsWith("2026-W13 → 2026-W14\n评级：买入（维持） → 增持（下调）\n文字：2 处改动\n"
                + "  ~ 标题：光交换场景[-持-]{+继+}续拓宽，{+CPO 进入放量期，+}国产 AI 芯片验证推进顺利\n"
                + "  ~ 光模块 评述：Lumentum 认为铜缆在横向扩展中已接近物理极限，OCS 与 CPO 将承接新增的互连需求。"
                + "我们判断[-高速-]{+ 800G +}光模块的需求景气仍在上行通道{+，1.6T 将于 2026 年放量+}。\n"), said);
        assertTrue(said.contains("景气度：2 项变动，6 项未变\n  ↑ 运营商  稳健向上 → 加速向上\n  ↓ IDC  加速向上 → 景气平稳\n"), said);
        assertTrue(said.contains("  ~ 服务器 8841058.WI  -3.25% → +1.00% (+4.25pct)  (-8.49% → -8.49%)\n"), said);
        assertTrue(said.contains("行情：行业 -1.42% → -1.42% (0.00pct)；排名 22 → 9\n"), said);
        assertTrue(said.contains("核心数据：1 项变化，0 项新增，0 项删除，22 项未变\n"
                + "  ~ telecom_revenue 电信业务收入（累计）：2904亿元，同比-1.7%（2026年1-2月） → 4410亿元，同比+0.8%（2026年1-2月）\n"), said);
        assertTrue(said.contains("新闻：2 条新增，0 条删除\n  + 行业新闻 2026-03-31 财联社：一条新的行业新闻。\n"
                + "  + 公司新闻 2026-04-01 公司公告 中际旭创：一条新的公司新闻。\n"), said);
    }

    @Test
    void writesTheSameAsMarkdown() {
        assertEquals(0, run("diff", "--content", content.toString(), "--format", "markdown", "2026-W13", "2026-W14"), err::toString);
        String md = out.toString();
        assertTrue(md.startsWith("# 从 2026-W13 到 2026-W14 的变化\n\n## 评级\n\n买入（维持） → **增持（下调）**\n"), md);
        assertTrue(md.contains("- *标题*：光交换场景<del>持</del><ins>继</ins>续拓宽，<ins>CPO 进入放量期，</ins>国产 AI 芯片验证推进顺利\n"), md);
        assertTrue(md.contains("| ↓ | IDC | 加速向上 | 景气平稳 |\n"), md);
        assertTrue(md.contains("| \\~ | 服务器 | 8841058.WI | -3.25% | +1.00% | +4.25pct | -8.49% | -8.49% |\n"), md);
        assertTrue(md.contains("| \\~ | telecom\\_revenue | 电信业务收入（累计） |"), md);
        assertTrue(md.contains("### 新增\n\n- *行业新闻* 2026-03-31, 财联社：一条新的行业新闻。\n"), md);
    }

    @Test
    void anEnglishDeskIsToldInEnglish() throws IOException {
        Path english = Folders.copy(Path.of("content/examples/english"), temp.resolve("english"));
        Path w14 = english.resolve("2026-W14");
        Folders.copy(english.resolve("2026-W13"), w14);
        edit(w14.resolve("week.yaml"), "week: 2026-W13", "week: 2026-W14");
        String headline = Files.readString(w14.resolve("week.yaml")).replaceAll("(?s).*\nheadline: ([^\n]*)\n.*", "$1");
        edit(w14.resolve("week.yaml"), "headline: " + headline, "headline: " + headline + " again");
        assertEquals(0, run("diff", "--content", english.toString(), "2026-W13", "2026-W14"), err::toString);
        String said = out.toString();
        assertTrue(said.contains("\nRating: "), said);
        assertTrue(said.contains("\nText: 1 changed\n  ~ Headline: " + headline + "{+ again+}\n"), said);
        assertTrue(said.contains("\nNews: 0 new, 0 dropped\n"), said);
    }

    @Test
    void aWeekThatDoesNotLoadIsNamedWithItsProblem() throws IOException {
        Files.writeString(content.resolve("2026-W14/market.yaml"), "rank: [\n");
        assertEquals(2, run("diff", "--content", content.toString(), "2026-W13", "2026-W14"));
        assertTrue(err.toString().contains("2026-W14/market.yaml:"), err::toString);
    }
}
