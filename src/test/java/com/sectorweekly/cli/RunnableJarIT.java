package com.sectorweekly.cli;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shaded jar, run as the README runs it, builds the example week: shading broke nothing. */
class RunnableJarIT {

    @Test
    void jarBuildsTheExampleWeek() throws IOException, InterruptedException {
        Path jar = Path.of("target", "sector-weekly.jar");
        Path out = Path.of("target", "it-output");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-jar", jar.toString(), "build", "content/2026-W13", "--out", out.toString())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build finishes");
        assertEquals(0, process.exitValue(), output);
        for (String ext : List.of("md", "html", "pdf")) {
            Path file = out.resolve("2026-W13/telecom-weekly-2026-W13." + ext);
            assertTrue(Files.size(file) > 1000, file + " written");
        }
        byte[] pdf = Files.readAllBytes(out.resolve("2026-W13/telecom-weekly-2026-W13.pdf"));
        assertEquals("%PDF-", new String(pdf, 0, 5, StandardCharsets.US_ASCII));
    }
}
