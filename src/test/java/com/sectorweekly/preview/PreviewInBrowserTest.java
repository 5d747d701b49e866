package com.sectorweekly.preview;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sectorweekly.testing.Chromium;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The preview as the analyst sees it: headless Chromium, driven over the DevTools protocol, shows
 * each saved change in place of the old page, where the reader was. The time from a save to the
 * frame that paints the new page is printed (median and slowest of a series of saves), not
 * asserted: it depends on the machine.
 */
class PreviewInBrowserTest {

    private static final int SAVES = 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void everySaveShowsInTheBrowserAndTheTimeToTheNewPageIsPrinted() throws Exception {
        Path binary = Chromium.binary().orElse(null);
        assumeTrue(binary != null, "Chromium is not installed (Debian package 'chromium'); the preview is not timed in a browser");
        ExampleWeek week = ExampleWeek.copyInto(temp.resolve("work"));
        List<String> command = Chromium.headless(binary, Files.createDirectories(temp.resolve("profile")));
        command.addAll(List.of("--remote-debugging-port=0", "about:blank"));
        Process chromium = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<String> rebuilds = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (PreviewServer server = PreviewServer.start(week.weekDir(), week.contentDir(), null, 0, rebuilds::add)) {
            DevTools page = DevTools.attach(chromium);
            page.call("Page.enable", JSON.createObjectNode());
            page.call("Page.navigate", JSON.createObjectNode().put("url", server.uri().toString()));
            page.awaitLoad();
            List<Long> millis = new ArrayList<>();
            String headline = "headline: 光交换场景持续拓宽";
            int scrolled = 900;
            evaluate(page, "scrollTo(0," + scrolled + ")");
            for (int i = 1; i <= SAVES; i++) {
                String marker = "预览第" + i + "次保存";
                page.events.clear();
                long saved = System.nanoTime();
                week.replace("week.yaml", headline, "headline: " + marker);
                headline = "headline: " + marker;
                // Waits in the page until the new text is there, then for the frame that paints it.
                JsonNode shown = evaluate(page, waitingFor(marker));
                millis.add((System.nanoTime() - saved) / 1_000_000);
                assertTrue(shown.asBoolean(), "the page shows " + marker);
                assertTrue(page.events.stream().noneMatch(e -> e.path("method").asText().equals("Page.loadEventFired")),
                        "the new page was put in place, not loaded: " + page.events);
                assertEquals(scrolled, evaluate(page, "scrollY").asInt(), "the reader keeps their place");
            }
            // From the report to the page of errors and back, in place as well, with one script running.
            week.replace("week.yaml", headline, "headline: [unclosed");
            assertTrue(evaluate(page, waitingFor("error")).asBoolean(), "the page lists the error");
            week.replace("week.yaml", "headline: [unclosed", headline);
            assertTrue(evaluate(page, waitingFor(headline.substring("headline: ".length()))).asBoolean(), "the report is back");
            assertEquals(1, evaluate(page, "document.scripts.length").asInt(), "the page runs one script");
            List<Long> sorted = millis.stream().sorted().toList();
            System.out.printf("preview in headless Chromium, save to new page shown: median %d ms, slowest %d ms (%d saves: %s)%n",
                    sorted.get(sorted.size() / 2), sorted.get(sorted.size() - 1), SAVES, millis);
            System.out.println("of which the rebuilds: " + rebuilds.stream().map(l -> l.replaceAll(".* in ", "")).toList());
            page.close();
        } finally {
            // Chromium and its helpers write into the profile until they are gone; the folder is removed after.
            List<ProcessHandle> all = new ArrayList<>(chromium.descendants().toList());
            all.add(chromium.toHandle());
            all.forEach(ProcessHandle::destroyForcibly);
            for (ProcessHandle process : all) {
                process.onExit().get(30, TimeUnit.SECONDS);
            }
        }
    }

    /** A promise, in the page, of the frame that paints this text, or of false after 20 s without it. */
    private static String waitingFor(String text) {
        return "new Promise(function(done){var t0=Date.now();(function look(){"
                + "if(document.body&&document.body.innerText.includes('" + text + "'))requestAnimationFrame(function(){done(true);});"
                + "else if(Date.now()-t0>20000)done(false);else setTimeout(look,1);})();})";
    }

    /** The value of a JavaScript expression in the page, awaited if it is a promise. */
    private static JsonNode evaluate(DevTools page, String expression) throws Exception {
        return page.call("Runtime.evaluate", JSON.createObjectNode().put("expression", expression).put("awaitPromise", true))
                .path("result").path("result").path("value");
    }

    /** One page of Chromium, spoken to over the DevTools protocol's WebSocket. */
    private static final class DevTools implements WebSocket.Listener, AutoCloseable {
        private final BlockingQueue<JsonNode> events = new LinkedBlockingQueue<>();
        private final BlockingQueue<JsonNode> replies = new LinkedBlockingQueue<>();
        private final StringBuilder partial = new StringBuilder();
        private final AtomicInteger ids = new AtomicInteger();
        private WebSocket socket;

        /** The first page of a Chromium started with --remote-debugging-port=0, found from the port it prints. */
        static DevTools attach(Process chromium) throws Exception {
            BufferedReader said = new BufferedReader(new InputStreamReader(chromium.getInputStream(), StandardCharsets.UTF_8));
            Pattern listening = Pattern.compile("DevTools listening on ws://127\\.0\\.0\\.1:(\\d+)/");
            String port = null;
            for (String line; port == null && (line = said.readLine()) != null; ) {
                Matcher m = listening.matcher(line);
                port = m.find() ? m.group(1) : null;
            }
            assertNotNull(port, "Chromium did not say where DevTools listens");
            Thread drain = new Thread(() -> said.lines().forEach(l -> { }), "chromium-output");
            drain.setDaemon(true);
            drain.start();
            HttpClient http = HttpClient.newHttpClient();
            JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            String url = null;
            for (JsonNode target : targets) {
                if (target.path("type").asText().equals("page")) {
                    url = target.path("webSocketDebuggerUrl").asText();
                }
            }
            assertNotNull(url, "Chromium has a page: " + targets);
            DevTools devTools = new DevTools();
            devTools.socket = http.newWebSocketBuilder().buildAsync(URI.create(url), devTools).get(30, TimeUnit.SECONDS);
            return devTools;
        }

        JsonNode call(String method, ObjectNode params) throws Exception {
            int id = ids.incrementAndGet();
            ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
            message.set("params", params);
            socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
            while (true) {
                JsonNode reply = replies.poll(30, TimeUnit.SECONDS);
                assertNotNull(reply, method + " had no reply");
                if (reply.path("id").asInt() == id) {
                    return reply;
                }
            }
        }

        /** Until the page (the first or a reloaded one) has loaded. */
        void awaitLoad() throws InterruptedException {
            while (true) {
                JsonNode event = events.poll(30, TimeUnit.SECONDS);
                assertNotNull(event, "the page did not load within 30 s");
                if (event.path("method").asText().equals("Page.loadEventFired")) {
                    return;
                }
            }
        }

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                try {
                    JsonNode message = JSON.readTree(partial.toString());
                    (message.has("id") ? replies : events).add(message);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                partial.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public void close() {
            socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
        }
    }
}
