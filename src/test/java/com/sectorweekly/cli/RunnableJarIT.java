package com.sectorweekly.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shaded jar, run as the README runs it, builds the example week: shading broke nothing. */
class RunnableJarIT {

    private static final Path JAR = Path.of("target", "sector-weekly.jar");
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

    /**
     * The preview command as the analyst starts it: it prints its address, serves the report there,
     * and stops when the process is told to.
     */
    @Test
    @Timeout(120)
    void jarPreviewsTheExampleWeekAtTheAddressItPrints() throws Exception {
        Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "preview", "content/2026-W13")
                .redirectErrorStream(true)
                .start();
        try {
            BufferedReader said = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
            Pattern announced = Pattern.compile("Previewing \\S+ at (http://127\\.0\\.0\\.1:\\d+/) ");
            String address = null;
            for (String line; address == null && (line = said.readLine()) != null; ) {
                Matcher m = announced.matcher(line);
                address = m.find() ? m.group(1) : null;
            }
            assertNotNull(address, "the preview printed its address");
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(address)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("光交换场景持续拓宽") && page.body().contains("new EventSource('/events')"));
        } finally {
            process.destroy();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the preview stops when told to");
        }
    }

    /**
     * The class-data archive the package phase makes maps into the JVM as the README starts it
     * ({@code -Xshare:on} fails rather than run without it), and the report is the same bytes.
     */
    @Test
    void theClassDataArchiveIsUsableAndChangesNoByte() throws IOException, InterruptedException {
        Path plain = Path.of("target", "it-plain");
        Path fast = Path.of("target", "it-class-data");
        run(List.of(JAVA, "-jar", JAR.toString(), "build", "content/2026-W13", "--out", plain.toString()));
        run(List.of(JAVA, "-XX:SharedArchiveFile=target/sector-weekly.jsa", "-Xshare:on", "-XX:TieredStopAtLevel=1",
                "-jar", JAR.toString(), "build", "content/2026-W13", "--out", fast.toString()));
        for (String ext : List.of("md", "html", "pdf")) {
            String name = "2026-W13/telecom-weekly-2026-W13." + ext;
            assertArrayEquals(Files.readAllBytes(plain.resolve(name)), Files.readAllBytes(fast.resolve(name)), name);
        }
    }

    private static void run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "the build finishes");
        assertEquals(0, process.exitValue(), output);
    }

    @Test
    void jarBuildsTheExampleWeek() throws IOException, InterruptedException {
        Path out = Path.of("target", "it-output");
        Process process = new ProcessBuilder(JAVA, "-jar", JAR.toString(), "build", "content/2026-W13", "--out", out.toString())
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
