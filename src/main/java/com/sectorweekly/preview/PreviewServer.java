package com.sectorweekly.preview;

import com.sectorweekly.pipeline.ReportBuild;
import com.sectorweekly.check.Finding;
import com.sectorweekly.check.Severity;
import com.sectorweekly.content.ContentException;
import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.TemplateSource;
import com.sectorweekly.document.Document;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The week's HTML served on 127.0.0.1 while the analyst edits: every save of a content or
 * template file rebuilds it in memory (nothing is written to the output folder), and the open
 * page reloads itself. A mistake in the content shows on the page instead of the report, and the
 * server keeps running until it is fixed.
 */
public final class PreviewServer implements AutoCloseable {

    /** Saves come in bursts (an editor writes, renames, touches): wait this long for the burst to end. */
    private static final long SETTLE_MILLIS = 40;
    /**
     * A closed page's event stream is only found out by writing to it: a comment this often finds
     * those of pages closed while nothing was saved.
     */
    private static final Duration KEEP_ALIVE = Duration.ofSeconds(15);
    /** A page holds one stream; beyond this many, the oldest are those of pages long closed. */
    private static final int MAX_EVENT_STREAMS = 16;
    /**
     * The Host a request may name. A page from another site whose name is made to resolve to
     * 127.0.0.1 (DNS rebinding) sends that site's name, and is refused.
     */
    private static final List<String> LOOPBACK_NAMES = List.of("localhost", "127.0.0.1", "[::1]");
    /** Background rebuilds at start, to have the JIT compile the rebuild before the first save. */
    private static final int WARM_UP_BUILDS = 25;

    private final Path weekDir;
    private final Path contentDir;
    private final Path templatesDir;
    private final Consumer<String> log;
    private final HttpServer http;
    private final ExecutorService handlers = Executors.newCachedThreadPool(daemon("preview-http"));
    private final ScheduledExecutorService keepAlive = Executors.newSingleThreadScheduledExecutor(daemon("preview-keep-alive"));
    private final WatchService watcher;
    /** Oldest first. */
    private final Deque<EventStream> eventStreams = new ConcurrentLinkedDeque<>();
    private ReportBuild build;
    private volatile byte[] page = new byte[0];
    /** The tab's icon, drawn in the desk's colour when first asked for. */
    private volatile byte[] icon;
    private volatile String deskColor = "#1F3A5F";
    private volatile long version;
    private volatile boolean closed;

    private PreviewServer(Path weekDir, Path contentDir, Path templatesDir, int port, Consumer<String> log) throws IOException {
        this.weekDir = weekDir.toAbsolutePath().normalize();
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.templatesDir = templatesDir == null ? null : templatesDir.toAbsolutePath().normalize();
        this.log = log;
        this.watcher = FileSystems.getDefault().newWatchService();
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    }

    /**
     * Builds the week once, then serves it and watches its files.
     *
     * @param templatesDir a templates folder to watch and read, or null for the built-in templates
     * @param port         0 for any free port
     * @param log          told of each rebuild: its findings, a line each, then what came of it
     */
    public static PreviewServer start(Path weekDir, Path contentDir, Path templatesDir, int port, Consumer<String> log)
            throws IOException {
        return start(weekDir, contentDir, templatesDir, port, log, KEEP_ALIVE);
    }

    /** As above, writing a keep-alive comment to the event streams every {@code keepAliveEvery}. */
    static PreviewServer start(Path weekDir, Path contentDir, Path templatesDir, int port, Consumer<String> log,
            Duration keepAliveEvery) throws IOException {
        PreviewServer server = new PreviewServer(weekDir, contentDir, templatesDir, port, log);
        server.watchFolders();
        server.rebuild(true);
        server.http.createContext("/", server.guarded(server::servePage));
        server.http.createContext("/events", server.guarded(server::serveEvents));
        server.http.createContext("/favicon.ico", server.guarded(server::serveIcon));
        server.http.setExecutor(server.handlers);
        server.http.start();
        long every = keepAliveEvery.toMillis();
        server.keepAlive.scheduleAtFixedRate(() -> server.sendToAll(": ping\n\n"), every, every, TimeUnit.MILLISECONDS);
        Thread watching = daemon("preview-watch").newThread(server::watch);
        watching.start();
        daemon("preview-warm-up").newThread(server::warmUp).start();
        return server;
    }

    public URI uri() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/");
    }

    /** How many times the page has been built; the open page reloads when this changes. */
    public long version() {
        return version;
    }

    /** The event streams held open, one per open page at most. */
    int openStreams() {
        return eventStreams.size();
    }

    @Override
    public void close() throws IOException {
        closed = true;
        keepAlive.shutdownNow();
        for (EventStream stream : eventStreams) {
            end(stream);
        }
        http.stop(0);
        handlers.shutdownNow();
        watcher.close();
    }

    private void watchFolders() throws IOException {
        register(weekDir);
        register(contentDir);
        if (templatesDir != null) {
            try (Stream<Path> dirs = Files.walk(templatesDir)) {
                for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                    register(dir);
                }
            }
        }
    }

    private void register(Path dir) throws IOException {
        dir.register(watcher, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY,
                StandardWatchEventKinds.ENTRY_DELETE);
    }

    private void watch() {
        try {
            while (true) {
                WatchKey key = watcher.take();
                boolean templates = false;
                boolean relevant = false;
                // Collect the whole burst of events before rebuilding once.
                while (key != null) {
                    Path dir = (Path) key.watchable();
                    for (WatchEvent<?> event : key.pollEvents()) {
                        if (event.context() instanceof Path name && isEdited(name)) {
                            relevant = true;
                            templates |= templatesDir != null && dir.startsWith(templatesDir);
                        }
                    }
                    key.reset();
                    key = watcher.poll(SETTLE_MILLIS, TimeUnit.MILLISECONDS);
                }
                if (relevant) {
                    rebuild(templates);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // the server was closed
        }
    }

    /**
     * Rebuilds the week in the background a few times, as a save would, until the first save: the
     * JIT compiles what has run often, so the analyst's first saves show as soon as later ones
     * (the first ten took two to four times as long). Nothing is served from these builds; a
     * week with errors is left alone.
     */
    private void warmUp() {
        ReportBuild warming = build;
        ContentLoader loader = new ContentLoader(Path.of(""));
        try {
            for (int i = 0; i < WARM_UP_BUILDS && version == 1 && !closed; i++) {
                // Read afresh, as after a save; the build's own load would hand out the week it keeps.
                LoadedWeek week = loader.loadForChecks(weekDir);
                if (!week.loadProblems().isEmpty()
                        || warming.check(week).stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
                    return;
                }
                warming.render(warming.assemble(week), Format.HTML);
            }
        } catch (ContentException | RenderException | IOException | RuntimeException e) {
            // the content has errors, or the server closed: the analyst's next save shows them
        }
    }

    /** Editors' swap and backup files are not edits of the content. */
    private static boolean isEdited(Path name) {
        String file = name.toString();
        return !file.startsWith(".") && !file.endsWith("~") && !file.endsWith(".swp") && !file.endsWith(".tmp");
    }

    private synchronized void rebuild(boolean templatesChanged) {
        long start = System.nanoTime();
        if (templatesChanged || build == null) {
            // A new build compiles the templates afresh; a content change keeps the compiled ones.
            build = new ReportBuild(Path.of(""),
                    templatesDir == null ? TemplateSource.builtIn() : TemplateSource.folder(templatesDir));
        }
        long next = version + 1;
        String html;
        String outcome;
        List<Finding> told = List.of();
        try {
            LoadedWeek week = build.load(weekDir);
            deskColor = week.desk().style().primaryColor();
            List<Finding> findings = build.check(week);
            told = findings;
            List<Finding> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
            if (errors.isEmpty()) {
                Document report = build.assemble(week);
                String document = new String(build.render(report, Format.HTML).document(), StandardCharsets.UTF_8);
                html = PreviewPage.report(document, findings, next);
                outcome = findings.isEmpty() ? "built" : "built, " + count(findings.size(), "warning");
            } else {
                outcome = count(errors.size(), "error");
                html = PreviewPage.problems(outcome + " in " + weekDir.getFileName(), errors, null, next);
            }
        } catch (ContentException e) {
            List<Finding> problems = e.problems().stream().map(Finding::of).toList();
            told = problems;
            outcome = count(problems.size(), "error");
            html = PreviewPage.problems(outcome + " in " + weekDir.getFileName(), problems, null, next);
        } catch (RenderException | IOException | RuntimeException e) {
            html = PreviewPage.problems("The report could not be rendered", List.of(), String.valueOf(e.getMessage()), next);
            outcome = "not rendered: " + e.getMessage();
        }
        page = html.getBytes(StandardCharsets.UTF_8);
        version = next;
        // The terminal says what the page says: every finding at its place, then the outcome.
        told.forEach(finding -> log.accept(finding.toString()));
        log.accept(String.format("%s %s in %d ms", weekDir.getFileName(), outcome, (System.nanoTime() - start) / 1_000_000));
        sendToAll("data: " + next + "\n\n");
    }

    /** Every route answers only requests that name the loopback as their host, and only reads. */
    private HttpHandler guarded(HttpHandler route) {
        return exchange -> {
            String method = exchange.getRequestMethod();
            if (!namesTheLoopback(exchange.getRequestHeaders().get("Host"))) {
                refuse(exchange, 403, "The preview answers only requests for localhost, 127.0.0.1 or [::1].");
            } else if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                refuse(exchange, 405, "The preview answers only GET and HEAD.");
            } else {
                route.handle(exchange);
            }
        };
    }

    private boolean namesTheLoopback(List<String> hostHeaders) {
        if (hostHeaders == null || hostHeaders.size() != 1) {
            return false;
        }
        String host = hostHeaders.get(0).toLowerCase(Locale.ROOT);
        int port = http.getAddress().getPort();
        return LOOPBACK_NAMES.stream().anyMatch(name -> host.equals(name) || host.equals(name + ":" + port));
    }

    private static void refuse(HttpExchange exchange, int status, String why) throws IOException {
        respond(exchange, status, "text/plain; charset=utf-8", (why + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Sends {@code body}, or to a HEAD request only the headers that come with it. */
    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
            if (exchange.getRequestMethod().equals("HEAD")) {
                // The JDK's server sends no body to HEAD; the length a GET would get is set by hand.
                exchange.getResponseHeaders().set("Content-Length", String.valueOf(body.length));
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }

    private void servePage(HttpExchange exchange) throws IOException {
        if (!exchange.getRequestURI().getPath().equals("/")) {
            try (exchange) {
                exchange.sendResponseHeaders(404, -1);
            }
            return;
        }
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        respond(exchange, 200, "text/html; charset=utf-8", page);
    }

    private void serveIcon(HttpExchange exchange) throws IOException {
        if (icon == null) {
            icon = PreviewIcon.png(deskColor);
        }
        exchange.getResponseHeaders().set("Cache-Control", "max-age=86400");
        respond(exchange, 200, "image/png", icon);
    }

    /**
     * Server-sent events: the current version now, then every new one; the stream stays open until
     * the page is closed (found by a failed write) or {@link #MAX_EVENT_STREAMS} newer ones are open.
     */
    private void serveEvents(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        if (exchange.getRequestMethod().equals("HEAD")) {
            // Nothing is sent on it: it is not kept, nor does it end an open page's stream.
            try (exchange) {
                exchange.sendResponseHeaders(200, -1);
            }
            return;
        }
        // The stream never ends by itself: when the server ends it, its connection goes too.
        exchange.getResponseHeaders().set("Connection", "close");
        exchange.sendResponseHeaders(200, 0);
        EventStream stream = new EventStream(exchange, exchange.getResponseBody());
        eventStreams.add(stream);
        while (eventStreams.size() > MAX_EVENT_STREAMS) {
            // A page still open whose stream ends this way reconnects, as EventSource does.
            EventStream oldest = eventStreams.pollFirst();
            if (oldest != null) {
                end(oldest);
            }
        }
        send(stream, "data: " + version + "\n\n");
    }

    private void sendToAll(String event) {
        for (EventStream stream : eventStreams) {
            send(stream, event);
        }
    }

    private void send(EventStream stream, String event) {
        try {
            stream.write(event);
        } catch (IOException e) {
            // the page was closed
            end(stream);
        }
    }

    private void end(EventStream stream) {
        eventStreams.remove(stream);
        stream.close();
    }

    /** An open page's event stream, with the exchange whose closing lets its connection go. */
    private record EventStream(HttpExchange exchange, OutputStream body) {

        synchronized void write(String event) throws IOException {
            body.write(event.getBytes(StandardCharsets.UTF_8));
            body.flush();
        }

        synchronized void close() {
            exchange.close();
        }
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
