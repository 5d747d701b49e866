package com.sectorweekly.cli;

import com.sectorweekly.render.TemplateSource;
import picocli.CommandLine;
import picocli.CommandLine.Option;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code --templates}: a folder of templates (with html/ and markdown/) to use instead of those
 * built into the jar; {@code build} and {@code preview} take it alike.
 */
final class TemplatesOption {

    @Option(names = "--templates", paramLabel = "DIR",
            description = "A templates folder to use instead of the built-in one (with html/ and markdown/), "
                    + "such as the repository's templates/ while a designer edits it.")
    private Path dir;

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    private CommandLine.Model.CommandSpec spec;

    /** The folder given, or null for the built-in templates. */
    Path dir() {
        if (dir != null && !(Files.isDirectory(dir.resolve("html")) && Files.isDirectory(dir.resolve("markdown")))) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--templates " + dir
                    + " is not a templates folder: it needs html/ and markdown/ inside");
        }
        return dir;
    }

    TemplateSource source() {
        Path folder = dir();
        return folder == null ? TemplateSource.builtIn() : TemplateSource.folder(folder);
    }
}
