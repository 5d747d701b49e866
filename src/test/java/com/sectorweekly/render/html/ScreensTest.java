package com.sectorweekly.render.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sectorweekly.render.Format;
import com.sectorweekly.testing.Chromium;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.NpmPackage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every example's HTML in headless Chromium at a desktop's width and a phone's (390 px, the width
 * of an iframe, as Chromium's window is never narrower than 500): axe-core finds no violation of
 * WCAG 2.1 A and AA nor of its best practices; on the phone nothing is wider than the screen (a
 * wide table or chart scrolls in its own box), no short cell (a figure and its unit, a date) is
 * broken across lines, and no text is justified. Skipped, saying why, without Chromium or npm.
 */
class ScreensTest {

    private static final String AXE_VERSION = "4.10.3";
    private static final List<String> EXAMPLES = ExampleWeek.ALL_REPORTS;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;
    private static String axe;
    private static String probe;

    @BeforeAll
    static void fetchAxe() throws Exception {
        assumeTrue(Chromium.binary().isPresent(), "Chromium is not installed (Debian package 'chromium'); the screen checks are skipped");
        axe = Files.readString(NpmPackage.install("axe-core", AXE_VERSION).resolve("axe.min.js"));
        try (InputStream in = ScreensTest.class.getResourceAsStream("/browser/probe.js")) {
            probe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aDesktopAndAPhoneShowEveryExampleWhole() throws Exception {
        // One browser lays every example out at both widths: starting Chromium is most of the time.
        Map<String, byte[]> pages = new LinkedHashMap<>();
        for (String week : EXAMPLES) {
            pages.put(week, ExampleReport.of(Path.of(week)).bytes(Format.HTML));
        }
        Map<String, JsonNode> screens = measure(pages, 1280, 390);
        assertAll(EXAMPLES.stream().map(week -> () -> {
            JsonNode desktop = screens.get(week + "@1280");
            assertEquals(List.of(), strings(desktop.get("violations")), week + " at 1280 px: axe-core");
            // Chinese is justified in a desktop's wide column; English is set ragged right, as in the PDF.
            assertEquals(!week.contains("english"), desktop.get("justified").asInt() > 0, week + ": a desktop's wide column is justified");

            JsonNode phone = screens.get(week + "@390");
            assertEquals(List.of(), strings(phone.get("violations")), week + " at 390 px: axe-core");
            assertTrue(phone.get("scrollWidth").asInt() <= 390, week + ": the page is " + phone.get("scrollWidth") + " px wide at 390 px");
            assertEquals(List.of(), strings(phone.get("brokenCells")), week + ": short cells broken across lines at 390 px");
            assertEquals(0, phone.get("justified").asInt(), week + ": justified text at 390 px");
        }));
    }

    /** The probe's findings for each page laid out at each width ("week@width"), side by side in one browser. */
    private static Map<String, JsonNode> measure(Map<String, byte[]> pages, int... widths) throws IOException, InterruptedException {
        StringBuilder frames = new StringBuilder();
        List<String> names = new ArrayList<>();
        pages.forEach((week, html) -> {
            for (int width : widths) {
                String name = week + "@" + width;
                names.add(name);
                String page = new String(html, StandardCharsets.UTF_8).replace("</body>", "<script>" + axe + "</script><script>"
                        + probe.replace("PROBE_NAME", name) + "</script></body>");
                frames.append(new Element("iframe").attr("width", String.valueOf(width)).attr("height", "900")
                        .attr("style", "border: 0").attr("srcdoc", page).outerHtml());
            }
        });
        Path wrapper = Files.createTempFile(temp, "screens", ".html");
        Files.writeString(wrapper, "<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin: 0\">"
                + frames + "</body></html>");
        List<String> command = Chromium.headless(Chromium.binary().orElseThrow(), Files.createTempDirectory(temp, "profile"));
        command.addAll(List.of("--window-size=1800,1000", "--virtual-time-budget=120000", "--dump-dom", wrapper.toUri().toString()));
        Process chromium = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String dom = new String(chromium.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(chromium.waitFor(300, TimeUnit.SECONDS), "Chromium finished");
        org.jsoup.nodes.Document parsed = Jsoup.parse(dom);
        Map<String, JsonNode> screens = new HashMap<>();
        for (Element result : parsed.select("pre.probe-result")) {
            screens.put(result.attr("data-name"), JSON.readTree(result.text()));
        }
        assertEquals(new TreeSet<>(names), new TreeSet<>(screens.keySet()), "the probe reported from every page (axe-core ran in it)");
        return screens;
    }

    private static List<String> strings(JsonNode array) {
        return JSON.convertValue(array, JSON.getTypeFactory().constructCollectionType(List.class, String.class));
    }
}
