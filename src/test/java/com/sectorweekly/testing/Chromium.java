package com.sectorweekly.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Headless Chromium as the browser tests start it: where it is installed, and quiet, with a profile of its own. */
public final class Chromium {

    private Chromium() {
    }

    /** The browser's program, where Debian or Google installs it. */
    public static Optional<Path> binary() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
                .map(Path::of).filter(Files::isExecutable).findFirst();
    }

    /** The command that starts it headless, without a sandbox, updates or network of its own, in {@code profile}. */
    public static List<String> headless(Path binary, Path profile) {
        return new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile));
    }
}
