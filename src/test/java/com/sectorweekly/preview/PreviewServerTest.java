package com.sectorweekly.preview;

import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The preview as the analyst uses it: a page on a free port that follows every save. */
class PreviewServerTest {

    /** Long enough for a slow, busy machine; a working preview answers in well under a second. */
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    @TempDir
    Path temp;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> log = new CopyOnWriteArrayList<>();
    private ExampleWeek week;
    private Path templates;
    private PreviewServer server;

    @BeforeEach
    void start() throws IOException {
        week = ExampleWeek.copyInto(temp);
        templates = temp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        server = PreviewServer.start(week.weekDir(), week.contentDir(), templates, 0, log::add);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private String page() throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(server.uri()).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        return response.body();
    }

    /** The page once it holds {@code text}, or a failure naming what it held instead. */
    private String pageOnceItHas(String text) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        String page = page();
        while (!page.contains(text) && System.nanoTime() < deadline) {
            Thread.sleep(20);
            page = page();
        }
        assertTrue(page.contains(text), "the preview never showed '" + text + "'; log: " + log);
        return page;
    }

    @Test
    void servesTheReportOnTheLoopbackWithTheReloadScript() throws Exception {
        assertTrue(server.uri().toString().matches("http://127\\.0\\.0\\.1:\\d+/"), server.uri().toString());
        String page = page();
        assertTrue(page.contains("光交换场景持续拓宽"), "the week's headline");
        assertTrue(page.contains("new EventSource('/events')"), "the page reloads itself");
        assertTrue(page.indexOf("EventSource") < page.lastIndexOf("</body>"));
    }

    @Test
    void theTabHasAnIconInTheDesksColour() throws Exception {
        HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(server.uri().resolve("/favicon.ico")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("image/png", response.headers().firstValue("Content-Type").orElse(""));
        java.awt.image.BufferedImage icon = javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(response.body()));
        assertEquals(32, icon.getWidth());
        String primary = week.read("../desk.yaml").replaceAll("(?s).*primary_color: \"?(#[0-9A-Fa-f]{6}).*", "$1");
        assertEquals(Integer.parseInt(primary.substring(1), 16), icon.getRGB(16, 3) & 0xFFFFFF, "the desk's primary colour " + primary);
        assertEquals(0xFFFFFF, icon.getRGB(24, 20) & 0xFFFFFF, "the tallest bar is white");
        assertEquals(404, http.send(HttpRequest.newBuilder(server.uri().resolve("/other")).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode());
    }

    private static int indexOf(List<String> lines, java.util.function.Predicate<String> wanted) {
        for (int i = 0; i < lines.size(); i++) {
            if (wanted.test(lines.get(i))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aSavedChangeShowsAndTheOpenPageIsTold() throws Exception {
        try (InputStream events = http.send(HttpRequest.newBuilder(server.uri().resolve("/events")).build(),
                HttpResponse.BodyHandlers.ofInputStream()).body()) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(events, StandardCharsets.UTF_8));
            assertEquals("data: " + server.version(), reader.readLine());
            assertEquals("", reader.readLine());
            long before = server.version();
            week.replace("week.yaml", "headline: 光交换场景持续拓宽", "headline: 预览已更新");
            assertEquals("data: " + (before + 1), reader.readLine(), () -> "log: " + log);
            pageOnceItHas("预览已更新");
        }
    }

    @Test
    void aContentErrorShowsOnThePageAndTheServerKeepsGoing() throws Exception {
        String meta = week.read("week.yaml");
        week.write("week.yaml", meta.replace("rating: 买入", "rating: [买入"));
        String page = pageOnceItHas("week.yaml:");
        assertTrue(page.contains("1 error in 2026-W13"), page);
        // The terminal says what the page says: the error at its place, then the outcome.
        int summary = indexOf(log, l -> l.startsWith("2026-W13 1 error in "));
        assertTrue(summary > 0 && log.get(summary - 1).startsWith("error ") && log.get(summary - 1).contains("week.yaml:"),
                log::toString);
        assertFalse(page.contains("光交换场景持续拓宽"), "the report is not shown while it cannot be built");
        assertTrue(page.contains("new EventSource('/events')"), "the error page reloads itself too");
        week.write("week.yaml", meta.replace("headline: 光交换场景持续拓宽", "headline: 错误已修正"));
        pageOnceItHas("错误已修正");
    }

    @Test
    void aTemplateChangeShowsWithoutRestarting() throws Exception {
        Path report = templates.resolve("html/report.ftlh");
        Files.writeString(report, Files.readString(report).replace("</body>", "<p>模板已改</p>\n</body>"));
        pageOnceItHas("<p>模板已改</p>");
    }

    @Test
    void warningsShowInACornerOfTheReport() throws Exception {
        week.write("news.yaml", week.read("news.yaml").replaceAll("(?s)\nbig_tech:\n.*", "\nbig_tech: []\n"));
        String page = pageOnceItHas("id=\"preview-warnings\"");
        assertTrue(page.contains("big_tech lists no news"), page);
        assertTrue(page.contains("光交换场景持续拓宽"), "the report still shows");
    }

    /** A page's event stream on a socket of its own, as a browser holds it, read line by line. */
    private record EventStream(Socket socket, BufferedReader reader) implements AutoCloseable {

        /** Opens the stream and returns once the server has sent it the version, so it is counted. */
        static EventStream open(PreviewServer server) throws IOException {
            Socket socket = new Socket(server.uri().getHost(), server.uri().getPort());
            socket.setSoTimeout((int) PATIENCE.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(("GET /events HTTP/1.1\r\nHost: 127.0.0.1:" + server.uri().getPort() + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            EventStream stream = new EventStream(socket,
                    new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8)));
            assertEquals("HTTP/1.1 200 OK", stream.reader.readLine());
            stream.lineStartingWith("data: ");
            return stream;
        }

        /** The next line that starts with {@code prefix} (chunk sizes and other events are passed over). */
        String lineStartingWith(String prefix) throws IOException {
            // Pings keep each read short of the socket's timeout: the deadline is the whole wait's.
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            for (String line = reader.readLine(); line != null && System.nanoTime() < deadline; line = reader.readLine()) {
                if (line.startsWith(prefix)) {
                    return line;
                }
            }
            throw new AssertionError("no line starting '" + prefix + "' before the stream ended or the deadline");
        }

        /** Reads until the server closes the connection. */
        void awaitEndFromTheServer() throws IOException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (reader.readLine() != null) {
                assertTrue(System.nanoTime() < deadline, "the server kept the stream open");
            }
        }

        @Override
        public void close() throws IOException {
            socket.close();
        }
    }

    private void awaitOpenStreams(int expected) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (server.openStreams() != expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertEquals(expected, server.openStreams(), "open event streams");
    }

    @Test
    void theStreamsOfClosedPagesAreBoundedAndAFreshOneIsStillTold() throws Exception {
        List<EventStream> closedPages = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            closedPages.add(EventStream.open(server));
        }
        assertEquals(16, server.openStreams(), "only the newest streams are kept");
        // The oldest ones' connections are closed, the 24th oldest's too.
        closedPages.get(0).awaitEndFromTheServer();
        closedPages.get(23).awaitEndFromTheServer();
        for (EventStream page : closedPages) {
            page.close();
        }
        try (EventStream openPage = EventStream.open(server)) {
            assertTrue(server.openStreams() <= 16, () -> server.openStreams() + " open event streams");
            long before = server.version();
            week.replace("week.yaml", "headline: 光交换场景持续拓宽", "headline: 预览已更新");
            assertEquals("data: " + (before + 1), openPage.lineStartingWith("data: "), () -> "log: " + log);
            assertTrue(server.openStreams() <= 16, () -> server.openStreams() + " open event streams");
        }
    }

    @Test
    void theStreamsOfClosedPagesAreClosedWithoutASave() throws Exception {
        server.close();
        server = PreviewServer.start(week.weekDir(), week.contentDir(), templates, 0, log::add, Duration.ofMillis(50));
        long version = server.version();
        for (int i = 0; i < 5; i++) {
            EventStream.open(server).close();
        }
        try (EventStream openPage = EventStream.open(server)) {
            awaitOpenStreams(1);
            assertEquals(": ping", openPage.lineStartingWith(":"), "the open page is kept alive");
            assertEquals(version, server.version(), "nothing was rebuilt");
        }
    }

    @Test
    void closingTheServerEndsTheOpenStreams() throws Exception {
        List<EventStream> pages = List.of(EventStream.open(server), EventStream.open(server));
        server.close();
        assertEquals(0, server.openStreams());
        for (EventStream page : pages) {
            page.awaitEndFromTheServer();
            page.close();
        }
    }

    /** A response read whole off a socket: header names in lower case. */
    private record RawResponse(int status, Map<String, String> headers, String body) {
    }

    /** A request with any method and Host, as any program can send it; the server closes the connection after answering. */
    private RawResponse request(String method, String path, String host) throws IOException {
        try (Socket socket = new Socket(server.uri().getHost(), server.uri().getPort())) {
            socket.setSoTimeout((int) PATIENCE.toMillis());
            String hostLine = host == null ? "" : "Host: " + host + "\r\n";
            socket.getOutputStream().write((method + " " + path + " HTTP/1.1\r\n" + hostLine + "Connection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String response = new String(readUntilClosed(socket), StandardCharsets.UTF_8);
            int headEnd = response.indexOf("\r\n\r\n");
            assertTrue(headEnd > 0, () -> "no complete head: " + response);
            String[] head = response.substring(0, headEnd).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < head.length; i++) {
                String[] header = head[i].split(":", 2);
                headers.put(header[0].toLowerCase(Locale.ROOT), header[1].trim());
            }
            return new RawResponse(Integer.parseInt(head[0].split(" ")[1]), headers, response.substring(headEnd + 4));
        }
    }

    private static byte[] readUntilClosed(Socket socket) throws IOException {
        // An event stream's pings keep each read short of the socket's timeout: the deadline is the whole read's.
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        for (int n = socket.getInputStream().read(buffer); n >= 0; n = socket.getInputStream().read(buffer)) {
            all.write(buffer, 0, n);
            assertTrue(System.nanoTime() < deadline, () -> "the server kept the connection open: " + all);
        }
        return all.toByteArray();
    }

    @Test
    void aRequestForAnotherHostIsRefusedOnEveryRoute() throws Exception {
        int port = server.uri().getPort();
        // As a page of another site sends them once its name resolves to 127.0.0.1, and no Host at all.
        List<String> foreign = new ArrayList<>(List.of("evil.example:80", "evil.example:" + port,
                "localhost.evil.example:" + port, "127.0.0.1.evil.example", "127.0.0.1:" + port + ".evil.example"));
        foreign.add(null);
        for (String host : foreign) {
            for (String path : List.of("/", "/events", "/favicon.ico")) {
                RawResponse response = request("GET", path, host);
                assertEquals(403, response.status(), host + " " + path);
                assertTrue(response.body().contains("only requests for localhost, 127.0.0.1 or [::1]"), response.body());
                assertFalse(response.body().contains("光交换场景持续拓宽"), "nothing of the report");
            }
        }
        assertEquals(0, server.openStreams(), "no refused event stream is kept");
    }

    @Test
    void theLoopbackIsAnsweredByItsNames() throws Exception {
        int port = server.uri().getPort();
        List<String> loopback = List.of("localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port, "localhost", "LocalHost:" + port);
        for (String host : loopback) {
            RawResponse response = request("GET", "/", host);
            assertEquals(200, response.status(), host);
            assertTrue(response.body().contains("光交换场景持续拓宽"), host);
        }
        assertEquals(200, request("GET", "/favicon.ico", "localhost:" + port).status());
    }

    @Test
    void onlyGetAndHeadAreAnswered() throws Exception {
        String host = "127.0.0.1:" + server.uri().getPort();
        for (String method : List.of("POST", "DELETE", "PUT", "OPTIONS")) {
            for (String path : List.of("/", "/events", "/favicon.ico")) {
                RawResponse response = request(method, path, host);
                assertEquals(405, response.status(), method + " " + path);
                assertEquals("GET, HEAD", response.headers().get("allow"), method + " " + path);
                assertFalse(response.body().contains("光交换场景持续拓宽"), "nothing of the report");
            }
        }
        assertEquals(0, server.openStreams(), "no refused event stream is kept");
    }

    @Test
    void headAnswersWithTheHeadersOnly() throws Exception {
        String host = "localhost:" + server.uri().getPort();
        RawResponse page = request("HEAD", "/", host);
        assertEquals(200, page.status());
        assertEquals("", page.body());
        assertEquals("text/html; charset=utf-8", page.headers().get("content-type"));
        int length = request("GET", "/", host).body().getBytes(StandardCharsets.UTF_8).length;
        assertEquals(String.valueOf(length), page.headers().get("content-length"), "the length a GET gets");
        RawResponse icon = request("HEAD", "/favicon.ico", host);
        assertEquals(200, icon.status());
        assertEquals("", icon.body());
        assertEquals("image/png", icon.headers().get("content-type"));
        assertEquals(404, request("HEAD", "/other", host).status());
    }

    @Test
    void aHeadOfTheEventStreamEndsNoOpenPagesStream() throws Exception {
        List<EventStream> openPages = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            openPages.add(EventStream.open(server));
        }
        RawResponse events = request("HEAD", "/events", "localhost:" + server.uri().getPort());
        assertEquals(200, events.status());
        assertEquals("", events.body());
        assertEquals("text/event-stream; charset=utf-8", events.headers().get("content-type"));
        assertEquals(16, server.openStreams());
        long before = server.version();
        week.replace("week.yaml", "headline: 光交换场景持续拓宽", "headline: 预览已更新");
        assertEquals("data: " + (before + 1), openPages.get(0).lineStartingWith("data: "), "the oldest page is still told");
        for (EventStream page : openPages) {
            page.close();
        }
    }
}
