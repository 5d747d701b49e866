package com.sectorweekly.render.html;

import com.sectorweekly.render.Format;
import com.sectorweekly.testing.Chromium;
import com.sectorweekly.testing.ExampleReport;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The HTML in a real browser: headless Chromium loads it without a console message, and prints it
 * on the expected number of A4 pages with the summary on page 1. {@code .ci/run} installs Chromium
 * and the Noto CJK fonts where they are missing; where Chromium cannot be had, the test is skipped
 * and says so.
 */
class BrowserTest {

    /** Pages of the example week when Chromium prints it with Noto Sans CJK; a layout change shows here. */
    private static final int PRINTED_PAGES = 12;

    @TempDir
    static Path temp;
    private static Path page;

    @BeforeAll
    static void writePage() throws IOException {
        page = temp.resolve("report.html");
        Files.write(page, ExampleReport.bundled().bytes(Format.HTML));
    }

    @Test
    void loadsWithoutConsoleMessages() throws Exception {
        List<String> log = chromium("--enable-logging=stderr", "--v=0", "--dump-dom", page.toUri().toString());
        assertEquals(List.of(), log.stream().filter(line -> line.contains(":CONSOLE")).toList());
    }

    @Test
    void printsOnTheExpectedPagesWithTheSummaryOnPageOne() throws Exception {
        Path pdf = temp.resolve("printed.pdf");
        chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page.toUri().toString());
        try (PDDocument printed = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(1);
            stripper.setEndPage(1);
            String first = stripper.getText(printed);
            assertTrue(first.contains("风险提示") && !first.contains("一、细分行业观点"), "the summary fills page 1:\n" + first);
            assertEquals(PRINTED_PAGES, printed.getNumberOfPages());
        }
    }

    private static List<String> chromium(String... args) throws IOException, InterruptedException {
        Path binary = Chromium.binary().orElse(null);
        assumeTrue(binary != null, "Chromium is not installed (Debian package 'chromium'); the browser checks are skipped");
        List<String> command = Chromium.headless(binary, Files.createTempDirectory(temp, "profile"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "Chromium finished");
        return output.lines().toList();
    }
}
