package com.sectorweekly.cli;

import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code sector-weekly check} and the checks in {@code build}: lines, counts, exit codes 0, 1, 2. */
class CheckCommandTest extends CommandTest {

    @TempDir
    Path temp;

    @Test
    void cleanWeekExitsZero() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        assertEquals(0, run("check", week.weekDir().toString()));
        assertEquals("2026-W13: no problems found", out.toString().strip());
    }

    @Test
    void aWeekIsNamedByItsFolderOrByItsNameAndOneThatIsNotThereIsSaidSo() {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        String content = week.weekDir().getParent().toString();
        assertEquals(0, run("check", "2026-W13", "--content", content), out::toString);
        assertEquals("2026-W13: no problems found", out.toString().strip());
        out.getBuffer().setLength(0);
        assertEquals(2, run("check", "2026-W14", "--content", content));
        assertTrue(out.toString().startsWith("error " + week.weekDir().resolveSibling("2026-W14")
                + " is not there (make it with: new 2026-W14); the reports under " + content + " are: 2026-W13"), out::toString);
        out.getBuffer().setLength(0);
        String missing = week.weekDir().resolveSibling("elsewhere").resolve("2026-W13").toString();
        assertEquals(2, run("check", missing, "--content", content));
        assertTrue(out.toString().startsWith("error " + missing + " is not there;"), out::toString);
    }

    @Test
    void warningsExitZeroOrOneUnderStrict() {
        ExampleWeek week = ExampleWeek.copyInto(temp).replace("news.yaml", "company: Microsoft", "company: Mircosoft");
        assertEquals(0, run("check", week.weekDir().toString()));
        assertTrue(out.toString().startsWith("warning " + week.file("news.yaml") + ":"), out::toString);
        assertTrue(out.toString().contains("unknown company 'Mircosoft'; did you mean 'Microsoft'?"), out::toString);
        assertTrue(out.toString().strip().endsWith("2026-W13: 0 errors, 1 warning"), out::toString);
        assertEquals(1, run("check", week.weekDir().toString(), "--strict"));
    }

    @Test
    void errorsExitTwoWhetherFromLoadingOrFromChecks() {
        ExampleWeek week = ExampleWeek.copyInto(temp).replace("market.yaml", "rank: 22", "rank: 32");
        assertEquals(2, run("check", week.weekDir().toString()));
        assertTrue(out.toString().startsWith("error " + week.file("market.yaml") + ":"), out::toString);
        week.replace("market.yaml", "rank: 32", "rank: first");
        assertEquals(2, run("check", week.weekDir().toString()));
        assertTrue(out.toString().contains("'first' is not a whole number (at rank)"), out::toString);
    }

    @Test
    void buildPrintsWarningsAndBuildsButNotUnderStrict() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp).replace("news.yaml", "company: Microsoft", "company: Mircosoft");
        Path output = temp.resolve("output");
        assertEquals(0, run("build", week.weekDir().toString(), "--out", output.toString()), err::toString);
        assertTrue(err.toString().startsWith("warning "), err::toString);
        Path pdf = output.resolve("2026-W13/telecom-weekly-2026-W13.pdf");
        byte[] before = Files.readAllBytes(pdf);

        week.replace("segments.yaml", "Meta 成为首个主要客户", "Meta 成为第一个主要客户");
        assertEquals(1, run("build", week.weekDir().toString(), "--out", output.toString(), "--strict"));
        assertTrue(err.toString().contains("0 errors, 1 warning (--strict); nothing was written."), err::toString);
        assertArrayEquals(before, Files.readAllBytes(pdf), "a refused build leaves the published PDF alone");
    }

    @Test
    void buildRefusesOnCheckErrors() throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        Path output = temp.resolve("output");
        assertEquals(0, run("build", week.weekDir().toString(), "--out", output.toString()));
        Path md = output.resolve("2026-W13/telecom-weekly-2026-W13.md");
        byte[] before = Files.readAllBytes(md);

        week.replace("segments.yaml", "我们判断高速光模块的需求景气仍在上行通道。", "本月以来光模块指数+8.02%。");
        assertEquals(2, run("build", week.weekDir().toString(), "--out", output.toString()));
        assertTrue(err.toString().contains("states 光模块指数 +8.02% but segments.yaml has +10.65% month to date"), err::toString);
        assertTrue(err.toString().contains("1 error, 0 warnings; nothing was written."), err::toString);
        assertArrayEquals(before, Files.readAllBytes(md));
    }
}
