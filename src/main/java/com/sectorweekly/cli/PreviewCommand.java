package com.sectorweekly.cli;

import com.sectorweekly.preview.PreviewServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code sector-weekly preview}: the week's HTML on a local port, rebuilt and reloaded on every save. */
@Command(name = "preview",
        mixinStandardHelpOptions = true,
        description = {"Serves the week's HTML on 127.0.0.1 and rebuilds it whenever a content or template file is saved; "
                + "the open page updates by itself. Errors in the content show on the page. Stop it with Ctrl+C.",
                "Nothing is written to the output folder."})
final class PreviewCommand implements Callable<Integer> {

    @CommandLine.Mixin
    private WeekSelection selection;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "0",
            description = "The port to serve on (default: a free one, printed).")
    private int port;

    @CommandLine.Mixin
    private TemplatesOption templates;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Path templatesDir = templates.dir();
        Path week = selection.week();
        PrintWriter out = spec.commandLine().getOut();
        PreviewServer server = PreviewServer.start(week, week.toAbsolutePath().getParent(), templatesDir, port, line -> {
            out.println(line);
            out.flush();
        });
        out.printf("Previewing %s at %s (templates: %s). Ctrl+C stops it.%n", week, server.uri(),
                templatesDir == null ? "built-in" : templatesDir);
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
