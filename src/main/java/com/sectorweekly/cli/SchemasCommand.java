package com.sectorweekly.cli;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.ContentSchemas;
import com.sectorweekly.model.Desk;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code sector-weekly schemas}: the JSON Schemas an editor uses to check content files as they are typed. */
@Command(name = "schemas",
        mixinStandardHelpOptions = true,
        description = {"Writes a JSON Schema for each content file (desk.yaml, week.yaml, segments.yaml …).",
                "With a desk.yaml, the week's ratings, actions, analysts, risks and 景气度 levels are offered from it;",
                "run it again after changing those in desk.yaml. A file points its editor at a schema with a first line such as",
                "  # yaml-language-server: $schema=../schemas/week.schema.json"})
final class SchemasCommand implements Callable<Integer> {

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "content/schemas",
            description = "Where the schemas are written (default: ${DEFAULT-VALUE}).")
    private Path outDir;

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content",
            description = "The folder whose desk.yaml gives the ratings, actions, analysts, risks and 景气度 levels "
                    + "the editor offers (default: ${DEFAULT-VALUE}); without one the schemas know only the shapes.")
    private Path contentDir;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        boolean withDesk = Files.exists(contentDir.resolve(ContentLoader.DESK_FILE));
        Desk desk = withDesk ? new ContentLoader(Path.of("")).loadDesk(contentDir) : null;
        List<Path> written = ContentSchemas.write(outDir, desk);
        if (!quiet) {
            spec.commandLine().getOut().printf("Wrote %d schemas to %s%s%n", written.size(), outDir,
                    withDesk ? ", with the choices of " + contentDir.resolve(ContentLoader.DESK_FILE) : "");
            spec.commandLine().getOut().flush();
        }
        return ExitCodes.OK;
    }
}
