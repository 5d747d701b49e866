package com.sectorweekly.testing;

import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A package of the npm registry at a pinned version, installed once under {@code target/} for the
 * tests that run it. Where node, npm or the registry cannot be had, the test is skipped and says why.
 */
public final class NpmPackage {

    private NpmPackage() {
    }

    /** The installed package's folder ({@code node_modules/NAME}). */
    public static Path install(String name, String version) throws IOException, InterruptedException {
        Path prefix = Path.of("target", "npm", name + "-" + version);
        Path folder = prefix.resolve("node_modules").resolve(name);
        Path manifest = folder.resolve("package.json");
        if (Files.exists(manifest) && version.equals(new ObjectMapper().readTree(manifest.toFile()).path("version").asText())) {
            return folder;
        }
        assumeTrue(runs("node", "--version") && runs("npm", "--version"), "node and npm are needed to run " + name);
        Process npm = new ProcessBuilder("npm", "install", "--prefix", prefix.toString(), "--no-audit", "--no-fund",
                "--loglevel=error", name + "@" + version).redirectErrorStream(true).start();
        String said = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(npm.waitFor(180, TimeUnit.SECONDS) && npm.exitValue() == 0,
                () -> name + "@" + version + " could not be installed from npm: " + said);
        return folder;
    }

    private static boolean runs(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().readAllBytes();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
