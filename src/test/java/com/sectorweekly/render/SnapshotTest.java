package com.sectorweekly.render;

import com.sectorweekly.testing.ExampleReport;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static com.diffplug.selfie.Selfie.expectSelfie;

/**
 * The Markdown and HTML of the example week, compared with the committed snapshots beside this
 * file (SnapshotTest.ss). Any change to what a reader gets fails here; accept an intended change
 * with {@code SELFIE=overwrite mvn -B verify} and commit the updated snapshot.
 */
class SnapshotTest {

    private static final ExampleReport EXAMPLE = ExampleReport.bundled();

    @Test
    void markdown() {
        expectSelfie(new String(EXAMPLE.bytes(Format.MD), StandardCharsets.UTF_8)).toMatchDisk();
    }

    @Test
    void html() {
        expectSelfie(new String(EXAMPLE.bytes(Format.HTML), StandardCharsets.UTF_8)).toMatchDisk();
    }
}
