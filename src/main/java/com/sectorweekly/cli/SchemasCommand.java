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

    @Option(names = "--content", paramLabel = "DIR", defaultValue = "content", split = ",",
            description = "The folders whose desk.yaml gives the ratings, actions, analysts, risks and 景气度 levels "
                    + "the editor offers, comma-separated (default: ${DEFAULT-VALUE}); each gets its own schemas. "
                    + "Without a desk.yaml the schemas know only the shapes.")
    private List<Path> contentDirs;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Where the schemas are written (default: <content>/schemas); only with one --content folder.")
    private Path outDir;

    @Option(names = {"-q", "--quiet"}, description = "Print nothing.")
    private boolean quiet;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (outDir != null && contentDirs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--out names one folder; with several --content folders each gets <content>/schemas");
        }
        for (Path contentDir : contentDirs) {
            Path out = outDir != null ? outDir : contentDir.resolve("schemas");
            boolean withDesk = Files.exists(contentDir.resolve(ContentLoader.DESK_FILE));
            Desk desk = withDesk ? new ContentLoader(Path.of("")).loadDesk(contentDir) : null;
            List<Path> written = ContentSchemas.write(out, desk);
            if (!quiet) {
                spec.commandLine().getOut().printf("Wrote %d schemas to %s%s%n", written.size(), out,
                        withDesk ? ", with the choices of " + contentDir.resolve(ContentLoader.DESK_FILE) : "");
            }
        }
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
