package com.sectorweekly.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sectorweekly.document.Document;
import com.sectorweekly.render.BundledFont;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * Typst, the peer that analysts who script their reports pick, timed on the same job where its
 * Node compiler is installed ({@code npm install @myriaddreamin/typst-ts-node-compiler} in the
 * folder given): the week's text ({@link TypstSource}) in the bundled font, compiled to PDF in a new
 * Node process each run (cold: the process's whole wall time, its start and its fonts included),
 * then again and again in one process (warm), and with a small edit each time, as a preview would.
 */
final class TypstPeer {

    static final String PACKAGE = "@myriaddreamin/typst-ts-node-compiler";

    /** Compiles once, then {@code runs} times as it is and {@code runs} times edited, and prints the times as JSON. */
    private static final String SCRIPT = """
            const { NodeCompiler } = require(process.argv[2]);
            const fs = require('fs');
            const [fonts, main, runs, out] = [process.argv[3], process.argv[4], +process.argv[5], process.argv[6]];
            const compiler = NodeCompiler.create({ workspace: fonts, fontArgs: [{ fontPaths: [fonts] }] });
            const source = fs.readFileSync(main, 'utf8');
            fs.writeFileSync(out, compiler.pdf({ mainFileContent: source }));
            const time = (text) => { const t = process.hrtime.bigint(); compiler.pdf({ mainFileContent: text }); return Number(process.hrtime.bigint() - t) / 1e6; };
            const warm = [], edited = [];
            for (let i = 0; i < runs; i++) warm.push(time(source));
            for (let i = 0; i < runs; i++) edited.push(time(source + '\\n\\n#"' + i + '"\\n'));
            console.log(JSON.stringify({ warm, edited }));
            """;

    private TypstPeer() {
    }

    /**
     * Times Typst and prints its figures beside ours as ratios.
     *
     * @param compiler the folder whose node_modules holds the compiler, or null to say how to get it
     * @param ourCold  our cold build's median, all formats, in milliseconds (0 when not measured)
     * @param ourWarmPdf our warm PDF render's median, in milliseconds
     */
    static void time(Path compiler, Document report, Path scratch, int runs, long ourCold, double ourWarmPdf, PrintWriter out)
            throws IOException, InterruptedException {
        Path module = compiler == null ? null : compiler.toAbsolutePath().resolve("node_modules").resolve(PACKAGE);
        if (module == null || !Files.isDirectory(module)) {
            out.println("peer, Typst: skipped (" + (compiler == null ? "no --typst folder given" : "no " + PACKAGE + " in " + compiler)
                    + "; npm install " + PACKAGE + " in a folder and give it as --typst)");
            return;
        }
        String source = TypstSource.of(report, "Noto Sans SC");
        // The cut of the font our PDF sets this text in, so both read as much font.
        Path fonts = Files.createDirectories(scratch.resolve("typst-fonts"));
        for (BundledFont font : BundledFont.values()) {
            Files.write(fonts.resolve(font.name().toLowerCase(Locale.ROOT) + ".ttf"),
                    font.bytes(BundledFont.Cut.covering(source)));
        }
        Path main = scratch.resolve("week.typ");
        Files.writeString(main, source, StandardCharsets.UTF_8);
        Path script = scratch.resolve("typst-compile.js");
        Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
        long[] cold = new long[Math.max(1, runs / 2)];
        for (int i = 0; i < cold.length; i++) {
            long start = System.nanoTime();
            if (compile(script, module, fonts, main, 0, scratch.resolve("typst-" + i + ".pdf"), out) == null) {
                return;
            }
            cold[i] = (System.nanoTime() - start) / 1_000_000;
        }
        JsonNode times = compile(script, module, fonts, main, runs, scratch.resolve("typst-warm.pdf"), out);
        if (times == null) {
            return;
        }
        if (!times.has("warm") || !times.has("edited") || times.get("warm").isEmpty()) {
            out.println("peer, Typst: skipped (its compiler printed no times)");
            return;
        }
        double warm = median(times.get("warm"));
        double edited = median(times.get("edited"));
        long coldMedian = Benchmark.median(cold);
        out.printf(Locale.ROOT, "peer, Typst (Node compiler), the week's text without charts: cold %d ms (new process, first "
                        + "compile), warm %.1f ms, warm with an edit %.1f ms%n", coldMedian, warm, edited);
        if (ourCold > 0) {
            out.printf(Locale.ROOT, "  our cold build of all formats takes %.2f of Typst's cold compile%n", (double) ourCold / coldMedian);
        }
        out.printf(Locale.ROOT, "  our warm PDF render takes %.1f of Typst's warm compile with an edit%n", ourWarmPdf / edited);
    }

    /**
     * One Node process: a compile, then {@code runs} warm ones of each kind; their times, or null
     * (said) where Node is missing, fails, or takes more than two minutes.
     */
    private static JsonNode compile(Path script, Path module, Path fonts, Path main, int runs, Path pdf, PrintWriter out)
            throws InterruptedException {
        List<String> command = List.of("node", script.toString(), module.toString(), fonts.toString(), main.toString(),
                String.valueOf(runs), pdf.toString());
        Path said = pdf.resolveSibling(pdf.getFileName() + ".log");
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(said.toFile()).start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                out.println("peer, Typst: skipped (no PDF within two minutes)");
                return null;
            }
            String output = Files.readString(said, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                out.println("peer, Typst: failed: " + output.strip());
                return null;
            }
            String json = output.lines().filter(line -> line.startsWith("{")).reduce((a, b) -> b).orElse("{}");
            return new ObjectMapper().readTree(json);
        } catch (IOException e) {
            out.println("peer, Typst: skipped (" + e.getMessage() + ")");
            return null;
        }
    }

    private static double median(JsonNode values) {
        double[] sorted = new double[values.size()];
        for (int i = 0; i < sorted.length; i++) {
            sorted[i] = values.get(i).asDouble();
        }
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
