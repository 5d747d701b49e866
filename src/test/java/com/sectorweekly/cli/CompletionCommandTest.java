package com.sectorweekly.cli;

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

/** {@code sector-weekly completion}: a script that bash really completes with. */
class CompletionCommandTest extends CommandTest {

    @TempDir
    Path temp;

    @Test
    void theScriptCompletesSubcommandsAndOptionsInBash() throws Exception {
        assertEquals(0, run("completion"), err::toString);
        Path script = temp.resolve("sector-weekly-completion.bash");
        Files.writeString(script, out.toString());
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the completion");
        assertEquals("build", complete(script, "sector-weekly", "bu"));
        assertEquals("--quiet", complete(script, "sector-weekly", "build", "--qu"));
        assertTrue(complete(script, "sector-weekly", "").contains("preview"));
        assertEquals("--from", complete(script, "sector-weekly", "new", "--fr"));
    }

    @Test
    void reportNamesFoldersAndFormatsCompleteAsTheReadmeWritesThem() throws Exception {
        Path script = script();
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is needed to run the completion");
        Path content = contentWithReports();
        Path workdir = content.getParent();
        assertEquals("2026-03 2026-W13 2026-W14 content", complete(workdir, script, "sector-weekly", "diff", "2026-W13", ""),
                "the reports under ./content, then folders");
        assertEquals("content/2026-03 content/2026-W13 content/2026-W14", complete(workdir, script, "sector-weekly", "diff", "content/20"));
        assertEquals("2026-W13 2026-W14", complete(workdir, script, "sector-weekly", "new", "--from", "2026-W"));
        assertEquals("2026-W13 2026-W14", complete(workdir, script, "sector-weekly", "check", "2026-W1"));
        assertEquals("md", complete(workdir, script, "sector-weekly", "build", "--format", "m"));
        assertEquals("markdown", complete(workdir, script, "sector-weekly", "diff", "--format", "ma"));
        Files.createDirectories(temp.resolve("desk/2025-12"));
        assertEquals("2025-12", complete(temp, script, "sector-weekly", "build", "--content", "desk", "20"), "the folder --content names");
    }

    /** The completion as a user meets it: Tab pressed twice in an interactive bash on a terminal. */
    @Test
    void anInteractiveBashOffersTheReportsOnTab() throws Exception {
        Path script = script();
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")) && Files.isExecutable(Path.of("/usr/bin/script")),
                "an interactive bash on a terminal needs bash and script (util-linux)");
        Path workdir = contentWithReports().getParent();
        ProcessBuilder terminal = new ProcessBuilder("/usr/bin/script", "-q", "-E", "never", "-c",
                "/bin/bash --norc --noprofile -i", "/dev/null").directory(workdir.toFile()).redirectErrorStream(true);
        terminal.environment().put("TERM", "dumb");
        Process bash = terminal.start();
        try (Terminal screen = new Terminal(bash)) {
            // The prompt is set to one that the echo of typing it does not show.
            screen.type("PS1='s''w> '\n");
            screen.waitFor("sw> ");
            screen.type("source '" + script + "'; echo SOURCED_$((40+2))\n");
            screen.waitFor("SOURCED_42");
            screen.type("sector-weekly diff 2026-W1\t\t");
            String offered = screen.waitFor("2026-W14");
            assertTrue(offered.contains("2026-W13"), offered);
            // One candidate is completed in place: the line, echoed once Enter is pressed, shows it.
            screen.type("\u0003"); // the terminal drops what is typed ahead of an interrupt: wait for the prompt
            screen.waitFor("sw> ");
            screen.type("sector-weekly build --format m\t\u0001echo COMPLETED: \n");
            screen.waitFor("COMPLETED: sector-weekly build --format md");
            screen.type("\u0003exit\n");
        } finally {
            bash.destroyForcibly();
        }
    }

    /** What a terminal shows, read as it comes. */
    private static final class Terminal implements AutoCloseable {
        private final Process process;
        private final StringBuilder shown = new StringBuilder();

        Terminal(Process process) {
            this.process = process;
        }

        void type(String keys) throws IOException {
            process.getOutputStream().write(keys.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
        }

        /** Everything shown until {@code text} appears, within 20 s, or a failure with what was shown. */
        String waitFor(String text) throws IOException, InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            java.io.InputStream in = process.getInputStream();
            while (shown.indexOf(text) < 0) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("the terminal did not show '" + text + "'; it showed:\n" + shown);
                }
                if (in.available() > 0) {
                    shown.append(new String(in.readNBytes(in.available()), StandardCharsets.UTF_8).replace("\r", ""));
                } else {
                    Thread.sleep(20);
                }
            }
            String seen = shown.substring(0, shown.indexOf(text) + text.length());
            shown.delete(0, shown.indexOf(text) + text.length());
            return seen;
        }

        @Override
        public void close() throws IOException {
            process.getOutputStream().close();
        }
    }

    private Path script() throws IOException {
        assertEquals(0, run("completion"), err::toString);
        Path script = temp.resolve("sector-weekly-completion.bash");
        Files.writeString(script, out.toString());
        return script;
    }

    /** A working folder whose content folder holds three reports, a folder that is none, and a file. */
    private Path contentWithReports() throws IOException {
        Path content = temp.resolve("work/content");
        for (String folder : List.of("2026-W13", "2026-W14", "2026-03", "examples")) {
            Files.createDirectories(content.resolve(folder));
        }
        Files.writeString(content.resolve("desk.yaml"), "");
        return content;
    }

    @Test
    void theScriptLoadsInZshThroughBashcompinit() throws Exception {
        assertEquals(0, run("completion"), err::toString);
        Path script = temp.resolve("sector-weekly-completion.bash");
        Files.writeString(script, out.toString());
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/zsh")) || Files.isExecutable(Path.of("/bin/zsh")),
                "zsh is needed to load the completion in zsh");
        // zsh runs bash completion functions with ksharrays set, and filters the words it is offered itself.
        String program = "autoload -U +X compinit && compinit -u; autoload -U +X bashcompinit && bashcompinit\n"
                + "source '" + script + "'\n"
                + "complete -p sector-weekly\n"
                + "setopt ksharrays\n"
                + "COMP_WORDS=(sector-weekly build --qu); COMP_CWORD=2; COMP_LINE='sector-weekly build --qu'\n"
                + "COMP_POINT=${#COMP_LINE}; _complete_sector-weekly 2>/dev/null; echo \"${COMPREPLY[*]}\"\n"
                + "COMP_WORDS=(sector-weekly check 2026-W1); COMP_CWORD=2; COMP_LINE='sector-weekly check 2026-W1'\n"
                + "COMP_POINT=${#COMP_LINE}; _complete_sector-weekly 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
        Process zsh = new ProcessBuilder("zsh", "-f", "-c", program).directory(contentWithReports().getParent().toFile())
                .redirectErrorStream(true).start();
        String said = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(zsh.waitFor(30, TimeUnit.SECONDS));
        assertTrue(said.contains("complete -F _complete_sector-weekly -o default sector-weekly\n"), said);
        List<String> lines = said.lines().toList();
        assertTrue(lines.get(lines.size() - 2).contains("--quiet"), said);
        assertTrue(lines.get(lines.size() - 1).contains("2026-W14"), "the reports, which zsh filters itself: " + said);
    }

    /** What bash offers for the last word, as the completion function fills COMPREPLY. */
    private static String complete(Path script, String... words) throws IOException, InterruptedException {
        return complete(Path.of(""), script, words);
    }

    private static String complete(Path workdir, Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(" + String.join(" ", quoted(words)) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_sector-weekly 2>/dev/null\n"
                + "echo \"${COMPREPLY[*]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", program).directory(workdir.toAbsolutePath().toFile())
                .redirectErrorStream(true).start();
        String said = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS));
        return said;
    }

    private static String[] quoted(String[] words) {
        String[] quoted = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            quoted[i] = "'" + words[i] + "'";
        }
        return quoted;
    }
}
