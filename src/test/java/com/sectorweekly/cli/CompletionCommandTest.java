package com.sectorweekly.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
                + "COMP_POINT=${#COMP_LINE}; _complete_sector-weekly 2>/dev/null; echo \"${COMPREPLY[*]}\"\n";
        Process zsh = new ProcessBuilder("zsh", "-f", "-c", program).redirectErrorStream(true).start();
        String said = new String(zsh.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(zsh.waitFor(30, TimeUnit.SECONDS));
        assertTrue(said.contains("complete -F _complete_sector-weekly -o default sector-weekly\n"), said);
        assertTrue(said.lines().reduce((a, b) -> b).orElse("").contains("--quiet"), said);
    }

    /** What bash offers for the last word, as the completion function fills COMPREPLY. */
    private static String complete(Path script, String... words) throws IOException, InterruptedException {
        String line = String.join(" ", words);
        String program = "source '" + script + "' 2>/dev/null\n"
                + "COMP_WORDS=(" + String.join(" ", quoted(words)) + ")\n"
                + "COMP_CWORD=" + (words.length - 1) + "\n"
                + "COMP_LINE='" + line + "'\nCOMP_POINT=${#COMP_LINE}\n"
                + "_complete_sector-weekly 2>/dev/null\n"
                + "echo \"${COMPREPLY[*]}\"\n";
        Process bash = new ProcessBuilder("/bin/bash", "-c", program).redirectErrorStream(true).start();
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
