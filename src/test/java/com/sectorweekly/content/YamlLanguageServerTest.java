package com.sectorweekly.content;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Folders;
import com.sectorweekly.testing.NpmPackage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The schemas as an editor uses them: the real yaml-language-server (from npm), spoken to over the
 * Language Server Protocol as VS Code, IntelliJ or Neovim do, finds nothing in the example files and
 * the mistakes in broken ones. Skipped, saying why, where node or npm is missing or the package
 * cannot be fetched.
 */
class YamlLanguageServerTest {

    private static final String VERSION = "1.25.0";
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Process server;
    private static final BlockingQueue<JsonNode> RECEIVED = new LinkedBlockingQueue<>();
    private static int nextId = 1;

    @TempDir
    static Path temp;

    @BeforeAll
    static void startTheServer() throws Exception {
        Path bin = NpmPackage.install("yaml-language-server", VERSION).resolve("bin/yaml-language-server");
        server = new ProcessBuilder("node", bin.toString(), "--stdio").redirectError(ProcessBuilder.Redirect.DISCARD).start();
        Thread reader = new Thread(() -> read(server.getInputStream()), "yaml-language-server");
        reader.setDaemon(true);
        reader.start();
        ObjectNode capabilities = JSON.createObjectNode();
        request("initialize", JSON.createObjectNode().putNull("processId").putNull("rootUri").set("capabilities", capabilities));
        notify("initialized", JSON.createObjectNode());
        ObjectNode yaml = JSON.createObjectNode().put("validate", true);
        yaml.putObject("schemaStore").put("enable", false);
        notify("workspace/didChangeConfiguration", JSON.createObjectNode().set("settings", JSON.createObjectNode().set("yaml", yaml)));
    }

    @AfterAll
    static void stopTheServer() {
        if (server != null) {
            server.destroyForcibly();
        }
    }

    @Test
    void theExampleFilesHaveNoDiagnostics() throws Exception {
        List<Path> files;
        try (Stream<Path> all = Files.walk(ExampleWeek.CONTENT)) {
            files = all.filter(f -> f.toString().endsWith(".yaml") && !f.startsWith(ExampleWeek.CONTENT.resolve("schemas"))).sorted().toList();
        }
        assertTrue(files.size() >= 25, "example files: " + files.size());
        Map<String, List<String>> found = new TreeMap<>();
        for (Path file : files) {
            List<String> diagnostics = diagnostics(file);
            if (!diagnostics.isEmpty()) {
                found.put(file.toString(), diagnostics);
            }
        }
        assertEquals(Map.of(), found);
    }

    @Test
    void brokenFilesAreFlaggedWhereTheMistakeIs() throws Exception {
        Path desk = Folders.copy(ExampleWeek.CONTENT.resolve("examples/jinghua"), temp.resolve("jinghua"));
        Path week = desk.resolve("2026-W13/week.yaml");
        String text = Files.readString(week);
        Files.writeString(week, text.replace("name: 德科立, rating: 谨慎推荐", "name: 德科立, rating: 买入")
                .replaceFirst("\nheadline:", "\nheadlin:"));
        Path market = desk.resolve("2026-W13/market.yaml");
        Files.writeString(market, Files.readString(market).replaceFirst("\nrank: \\d+", "\nrank: first"));
        List<String> weekFound = diagnostics(week);
        int company = lineOf(week, "rating: 买入");
        int headline = lineOf(week, "headlin:");
        assertTrue(weekFound.contains(company + ": Value is not accepted. Valid values: \"推荐\", \"谨慎推荐\", \"中性\", \"回避\"."), weekFound::toString);
        assertTrue(weekFound.contains(headline + ": Property headlin is not allowed."), weekFound::toString);
        assertTrue(weekFound.stream().anyMatch(d -> d.endsWith("Missing property \"headline\".")), weekFound::toString);
        assertEquals(List.of(lineOf(market, "rank: first") + ": Incorrect type. Expected \"integer\"."), diagnostics(market));
    }

    /** The diagnostics the server publishes for a file opened in it, as "line: message", lines counted from 1. */
    private static List<String> diagnostics(Path file) throws Exception {
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        ObjectNode document = JSON.createObjectNode().put("uri", uri).put("languageId", "yaml").put("version", 1)
                .put("text", Files.readString(file));
        notify("textDocument/didOpen", JSON.createObjectNode().set("textDocument", document));
        JsonNode published = await(m -> "textDocument/publishDiagnostics".equals(m.path("method").asText())
                && m.path("params").path("uri").asText().equals(uri));
        notify("textDocument/didClose", JSON.createObjectNode().set("textDocument", JSON.createObjectNode().put("uri", uri)));
        List<String> found = new ArrayList<>();
        published.path("params").path("diagnostics").forEach(d ->
                found.add((d.path("range").path("start").path("line").asInt() + 1) + ": " + d.path("message").asText()));
        return found;
    }

    private static int lineOf(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " is not in " + file);
    }

    private static void request(String method, JsonNode params) throws Exception {
        int id = nextId++;
        send(JSON.createObjectNode().put("jsonrpc", "2.0").put("id", id).put("method", method).set("params", params));
        await(m -> m.path("id").asInt(-1) == id && !m.has("method"));
    }

    private static void notify(String method, JsonNode params) throws IOException {
        send(JSON.createObjectNode().put("jsonrpc", "2.0").put("method", method).set("params", params));
    }

    /** The next message that matches, answering the server's own requests (for settings) on the way. */
    private static JsonNode await(java.util.function.Predicate<JsonNode> wanted) throws Exception {
        while (true) {
            JsonNode message = RECEIVED.poll(30, TimeUnit.SECONDS);
            assertNotNull(message, "yaml-language-server said nothing for 30 s");
            if (message.has("id") && message.has("method")) {
                JsonNode result = "workspace/configuration".equals(message.get("method").asText())
                        ? JSON.createArrayNode().add(JSON.createObjectNode().put("validate", true)) : JSON.nullNode();
                ObjectNode answer = JSON.createObjectNode().put("jsonrpc", "2.0");
                answer.set("id", message.get("id"));
                answer.set("result", result);
                send(answer);
            } else if (wanted.test(message)) {
                return message;
            }
        }
    }

    private static synchronized void send(JsonNode message) throws IOException {
        byte[] body = JSON.writeValueAsBytes(message);
        OutputStream out = server.getOutputStream();
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** LSP framing: headers, a blank line, then Content-Length bytes of JSON. */
    private static void read(InputStream in) {
        try {
            while (true) {
                int length = -1;
                StringBuilder line = new StringBuilder();
                for (int c; (c = in.read()) != -1; ) {
                    if (c == '\n') {
                        String header = line.toString().strip();
                        if (header.isEmpty()) {
                            break;
                        }
                        if (header.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
                            length = Integer.parseInt(header.substring(header.indexOf(':') + 1).strip());
                        }
                        line.setLength(0);
                    } else {
                        line.append((char) c);
                    }
                }
                if (length < 0) {
                    return;
                }
                RECEIVED.add(JSON.readTree(in.readNBytes(length)));
            }
        } catch (IOException e) {
            // the server was stopped
        }
    }
}
