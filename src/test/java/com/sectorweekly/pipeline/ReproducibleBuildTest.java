package com.sectorweekly.pipeline;

import com.sectorweekly.render.Format;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** A published report can be rebuilt: the same content gives the same bytes in every format. */
class ReproducibleBuildTest {

    @TempDir
    Path temp;

    @Test
    void twoBuildsOfTheSameContentAreByteIdentical() throws Exception {
        Path week = ExampleWeek.CONTENT.resolve(ExampleWeek.WEEK);
        BuildResult first = new ReportBuild(Path.of(""), TemplateSource.builtIn())
                .build(week, temp.resolve("first"), EnumSet.allOf(Format.class), false, Runnable::run);
        Thread.sleep(1100); // a clock-derived date or ID would differ by now
        BuildResult second = new ReportBuild(Path.of(""), TemplateSource.builtIn())
                .build(week, temp.resolve("second"), EnumSet.allOf(Format.class), false, Runnable::run);
        for (int i = 0; i < first.files().size(); i++) {
            assertArrayEquals(Files.readAllBytes(first.files().get(i).path()), Files.readAllBytes(second.files().get(i).path()),
                    first.files().get(i).format() + " differs between two builds");
        }
    }

    @Test
    void differentContentGivesADifferentPdfIdentity(@TempDir Path other) throws Exception {
        ExampleWeek changed = ExampleWeek.copyInto(other).replace("market.yaml", "rank: 22", "rank: 21");
        ReportBuild build = new ReportBuild(Path.of(""), TemplateSource.builtIn());
        byte[] original = build.render(build.assemble(ExampleWeek.CONTENT.resolve(ExampleWeek.WEEK)), Format.PDF).document();
        byte[] modified = build.render(build.assemble(changed.weekDir()), Format.PDF).document();
        assertFalse(Arrays.equals(idOf(original), idOf(modified)), "the file ID follows the content");
    }

    private static byte[] idOf(byte[] pdf) {
        String text = new String(pdf, java.nio.charset.StandardCharsets.ISO_8859_1);
        int at = text.lastIndexOf("/ID");
        return text.substring(at, at + 40).getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    }
}
