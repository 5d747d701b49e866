package com.sectorweekly.cli;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A run naming its command is given that command alone; help, completion and mistakes see them all. */
class CommandTreeTest extends CommandTest {

    private static final Set<String> ALL = Set.of("new", "check", "build", "preview", "diff", "bench", "schemas",
            "completion", "warm-up", "help");

    @Test
    void aNamedCommandIsBuiltAlone() {
        for (String name : List.of("build", "check", "new", "preview", "diff", "bench", "schemas")) {
            assertEquals(Set.of(name), SectorWeekly.commandLine(name).getSubcommands().keySet());
        }
    }

    @Test
    void helpCompletionTheWarmUpAndEverythingElseGetTheWholeTree() {
        java.util.Arrays.asList("help", "completion", "warm-up", "--help", "-V", "buidl", null).forEach(first ->
                assertEquals(ALL, SectorWeekly.commandLine(first).getSubcommands().keySet(), String.valueOf(first)));
    }

    @Test
    void aMisspeltCommandIsAnsweredWithTheNearestName() {
        assertEquals(2, run("buidl"));
        assertEquals(true, err.toString().contains("Did you mean: sector-weekly build?"), err.toString());
    }

    @Test
    void theToolsHelpListsEveryCommand() {
        assertEquals(0, run("--help"));
        for (String name : List.of("new", "check", "build", "preview", "diff", "bench", "schemas", "completion")) {
            assertEquals(true, out.toString().contains("\n  " + name + " "), name + " in\n" + out);
        }
    }
}
