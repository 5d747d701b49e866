package com.sectorweekly.cli;

import com.sectorweekly.preview.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sector-weekly preview}: the week's HTML on a local port, rebuilt and reloaded on every save. */
@Command(name = "preview",
        mixinStandardHelpOptions = true,
        description = {"Serves the week's HTML on 127.0.0.1 and rebuilds it whenever a content or template file is saved; "
                + "the open page reloads by itself. Errors in the content show on the page. Stop it with Ctrl+C.",
                "Nothing is written to the output folder."})
final class PreviewCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private WeekSelection selection;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The port to serve on (default: a free one, printed).")
    private int port;

    @Option(names = "--templates", paramLabel = "DIR",
            description = "The templates folder to read and watch (default: templates, if there is one; else the built-in ones).")
    private Path templatesDir;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path templates = templatesDir != null ? templatesDir
                : Files.isDirectory(Path.of("templates", "html")) ? Path.of("templates") : null;
        if (templates != null && !Files.isDirectory(templates.resolve("html"))) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--templates " + templates + " is not a templates folder: it needs html/ inside");
        }
        Path week = selection.week();
        PrintWriter out = spec.commandLine().getOut();
        PreviewServer server = PreviewServer.start(week, week.toAbsolutePath().getParent(), templates, port, line -> {
            out.println(line);
            out.flush();
        });
        out.printf("Previewing %s at %s (templates: %s). Ctrl+C stops it.%n", week, server.uri(),
                templates == null ? "built-in" : templates);
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (IOException e) {
                // the process is ending
            }
            stopped.countDown();
        }));
        stopped.await();
        return ExitCodes.OK;
    }
}
