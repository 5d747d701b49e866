package com.sectorweekly.cli;

import com.sectorweekly.content.ContentSchemas;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sector-weekly schemas}: the JSON Schemas an editor uses to check content files as they are typed. */
@Command(name = "schemas",
        mixinStandardHelpOptions = true,
        description = {"Writes a JSON Schema for each content file (desk.yaml, week.yaml, segments.yaml …).",
                "A file points its editor at one with a first line such as",
                "  # yaml-language-server: $schema=../schemas/week.schema.json"})
final class SchemasCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content/schemas",
            description = "Where the schemas are written (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        List<Path> written = ContentSchemas.write(outDir);
        if (!quiet) {
            spec.commandLine().getOut().printf("Wrote %d schemas to %s%n", written.size(), outDir);
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
