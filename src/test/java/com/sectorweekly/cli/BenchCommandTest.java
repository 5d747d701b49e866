package com.sectorweekly.cli;

import org.junit.jupiter.api.Test;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code bench} measures and prints its figures (tiny runs here: the figures themselves are not judged). */
class BenchCommandTest extends CommandTest {

    @Test
    void printsWarmBatchAndMemoryFigures() {
        int code = run("bench", "content/2026-W13", "--cold-runs", "0", "--warm-runs", "2", "--batch", "2");
        String text = out.toString();
        assertEquals(0, code, text);
        assertTrue(text.contains("cold build: skipped"), text);
        assertTrue(text.matches("(?s).*warm, after 2 warm-up runs \\(median of 2\\): load\\+check\\+assemble [0-9.]+ ms, "
                + "md [0-9.]+ ms \\(draws the charts\\), html [0-9.]+ ms \\(reuses them\\), pdf [0-9.]+ ms \\([0-9.]+ KB\\).*"), text);
        assertTrue(text.matches("(?s).*batch of 2 weeks on \\d+ cores: \\d+ ms, \\d+ ms per report.*"), text);
        assertTrue(text.matches("(?s).*this JVM's peak heap \\d+ MB \\(it may grow to \\d+ MB: -Xmx sets that\\), peak RSS .*"), text);
    }
}
