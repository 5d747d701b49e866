package com.sectorweekly.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PublisherTest {

    private static final Predicate<String> NONE_SUPERSEDED = name -> false;

    @TempDir
    Path temp;

    private final Publisher publisher = new Publisher();

    /** Two folders deep, so that a name climbing three levels up still lands in the test's own folder. */
    private Path out() {
        return temp.resolve("desk/output");
    }

    private Path week() {
        return out().resolve("2026-W13");
    }

    private static OutputFile file(String name, String content) {
        return new OutputFile(name, content.getBytes(StandardCharsets.UTF_8));
    }

    /** The previous complete build: every format, a drawing, and a note the desk put in the folder. */
    private void publishPreviousBuild() throws IOException {
        publisher.publish(out(), "2026-W13", List.of(file("a.md", "old md"), file("a.html", "old html"),
                file("a.rixml.xml", "old rixml"), file("a-figure-1.svg", "old svg")), NONE_SUPERSEDED);
        Files.writeString(week().resolve("notes.txt"), "the desk's own note");
    }

    private static List<OutputFile> newBuild() {
        return List.of(file("a.md", "new md"), file("a.html", "new html"), file("a.rixml.xml", "new rixml"),
                file("a-figure-1.svg", "new svg"));
    }

    @Test
    void writesAllFilesAndLeavesNoPartialFiles() throws IOException {
        List<Path> written = publisher.publish(out(), "2026-W13", List.of(file("a.md", "一"), file("a.html", "<p>二</p>")),
                NONE_SUPERSEDED);
        assertEquals(List.of(week().resolve("a.md"), week().resolve("a.html")), written);
        assertEquals("一", Files.readString(week().resolve("a.md")));
        assertEquals(List.of("a.html", "a.md"), names(week()), "only the published files");
        assertEquals(List.of("2026-W13"), names(out()), "no staging folder is left beside the week's");
    }

    /** A report is for every reader of the folder: it gets the permissions any new file there gets. */
    @Test
    void publishedFilesAreReadableAsAnyNewFileIs() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path plainFile = Files.createFile(temp.resolve("plain.txt"));
        Path plainFolder = Files.createDirectory(temp.resolve("plain"));
        publisher.publish(out(), "2026-W13", List.of(file("a.md", "text")), NONE_SUPERSEDED);
        assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(week().resolve("a.md")));
        assertEquals(Files.getPosixFilePermissions(plainFolder), Files.getPosixFilePermissions(week()));
    }

    @Test
    void replacesThePreviousVersion() throws IOException {
        publishPreviousBuild();
        publisher.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED);
        assertEquals("new md", Files.readString(week().resolve("a.md")));
        assertEquals("new svg", Files.readString(week().resolve("a-figure-1.svg")));
        assertEquals(List.of("2026-W13"), names(out()), "the old folder is gone");
    }

    @Test
    void keepsWhatTheBuildDidNotWriteAndDropsWhatItSupersedes() throws IOException {
        publishPreviousBuild();
        Path own = Files.createDirectories(week().resolve("desk-notes/drafts"));
        Files.writeString(own.resolve("draft.txt"), "a draft");
        publisher.publish(out(), "2026-W13", List.of(file("a.md", "new md")), name -> name.endsWith(".svg"));
        assertEquals("new md", Files.readString(week().resolve("a.md")));
        assertEquals("old html", Files.readString(week().resolve("a.html")), "a format not built this time stays");
        assertEquals("the desk's own note", Files.readString(week().resolve("notes.txt")));
        assertEquals("a draft", Files.readString(week().resolve("desk-notes/drafts/draft.txt")));
        assertFalse(Files.exists(week().resolve("a-figure-1.svg")), "a superseded drawing is dropped");
    }

    @Test
    void aFolderWhereAFileGoesFailsMidwayAndLeavesThePreviousSetIntact() throws IOException {
        publishPreviousBuild();
        Files.delete(week().resolve("a.rixml.xml"));
        Files.writeString(Files.createDirectories(week().resolve("a.rixml.xml")).resolve("inside.txt"), "kept");
        Map<Path, byte[]> before = snapshot(temp);

        PublishException e = assertThrows(PublishException.class,
                () -> publisher.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));

        assertTrue(e.getMessage().contains(week().resolve("a.rixml.xml") + " is a folder, where the build writes a file"),
                e::getMessage);
        assertTrue(e.getMessage().endsWith("nothing was published; " + week() + " still holds the previous build"),
                e::getMessage);
        assertUnchanged(before);
    }

    @Test
    void aFailureToMoveTheOldFolderAsideChangesNothing() throws IOException {
        publishPreviousBuild();
        Map<Path, byte[]> before = snapshot(temp);
        Publisher failing = new Publisher(failingWhen((from, to) -> from.equals(week())));

        PublishException e = assertThrows(PublishException.class,
                () -> failing.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));

        assertTrue(e.getMessage().startsWith("could not move " + week() + " aside: FileSystemException"), e::getMessage);
        assertTrue(e.getMessage().endsWith("nothing was published; " + week() + " still holds the previous build"),
                e::getMessage);
        assertUnchanged(before);
    }

    @Test
    void aFailureToMoveTheNewFolderInPutsThePreviousSetBack() throws IOException {
        publishPreviousBuild();
        Map<Path, byte[]> before = snapshot(temp);
        Publisher failing = new Publisher(failingWhen((from, to) -> from.toString().endsWith(".staging")));

        PublishException e = assertThrows(PublishException.class,
                () -> failing.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));

        assertTrue(e.getMessage().startsWith("could not move the new files into " + week()), e::getMessage);
        assertTrue(e.getMessage().endsWith("nothing was published; " + week() + " still holds the previous build"),
                e::getMessage);
        assertUnchanged(before);
    }

    @Test
    void aFailureToMoveTheNewFolderInWithNoEarlierBuildLeavesNoFolder() throws IOException {
        Publisher failing = new Publisher(failingWhen((from, to) -> to.equals(week())));

        PublishException e = assertThrows(PublishException.class,
                () -> failing.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));

        assertTrue(e.getMessage().endsWith("nothing was published; there was no earlier build in " + week()),
                e::getMessage);
        assertEquals(List.of(), names(out()), "neither a week folder nor a staging folder");
    }

    @Test
    void whenThePreviousSetCannotBePutBackTheMessageSaysWhereBothAreAndTheNextBuildRestoresIt() throws IOException {
        publishPreviousBuild();
        Map<Path, byte[]> previous = snapshot(week());
        Publisher failing = new Publisher(failingWhen((from, to) -> to.equals(week())));

        PublishException e = assertThrows(PublishException.class,
                () -> failing.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));

        assertFalse(Files.exists(week()));
        Path aside = only(out(), ".previous");
        Path staging = only(out(), ".staging");
        assertTrue(e.getMessage().contains("nor the previous build back"), e::getMessage);
        assertTrue(e.getMessage().contains("the previous build is in " + aside + " and the new one in " + staging),
                e::getMessage);
        assertFalse(e.getMessage().contains("nothing was published"), e::getMessage);
        assertSame(previous, snapshot(aside));
        assertEquals("new md", Files.readString(staging.resolve("a.md")));

        publisher.publish(out(), "2026-W13", List.of(file("a.md", "newer md")), NONE_SUPERSEDED);

        assertEquals(List.of("2026-W13"), names(out()), "both leftovers are gone");
        assertEquals("newer md", Files.readString(week().resolve("a.md")));
        assertEquals("old html", Files.readString(week().resolve("a.html")), "the previous build was put back first");
        assertEquals("the desk's own note", Files.readString(week().resolve("notes.txt")));
    }

    @Test
    void aPreviousSetThatStillCannotBePutBackIsLeftWhereTheMessageSaid() throws IOException {
        publishPreviousBuild();
        Publisher failing = new Publisher(failingWhen((from, to) -> to.equals(week())));
        assertThrows(PublishException.class, () -> failing.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));
        Path aside = only(out(), ".previous");
        Map<Path, byte[]> previous = snapshot(aside);

        PublishException e = assertThrows(PublishException.class,
                () -> failing.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED));

        assertTrue(e.getMessage().startsWith(week() + " is missing, and the previous build, set aside in " + aside
                + ", could not be put back"), e::getMessage);
        assertSame(previous, snapshot(aside));
        assertFalse(Files.exists(week()));
    }

    @Test
    void leftoversOfAnInterruptedPublishAreRemovedAndOtherWeeksLeftAlone() throws IOException {
        publishPreviousBuild();
        Path interrupted = Files.createDirectories(out().resolve(".2026-W13.0000000000001-0badcafe.staging"));
        Files.writeString(interrupted.resolve("a.md"), "half");
        Path otherWeeks = Files.createDirectories(out().resolve(".2026-W1.0000000000001-0badcafe.staging"));

        publisher.publish(out(), "2026-W13", newBuild(), NONE_SUPERSEDED);

        assertEquals("new md", Files.readString(week().resolve("a.md")));
        assertFalse(Files.exists(interrupted));
        assertTrue(Files.exists(otherWeeks), "another week's publish may be under way");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../escaped.md", "../../../escaped.md"})
    void refusesAFileNameThatClimbsOutOfTheOutputFolder(String name) throws IOException {
        assertRefused("2026-W13", name, "2026-W13/" + name, "not inside it; nothing was written");
    }

    @Test
    void refusesAnAbsoluteFileName() throws IOException {
        String name = temp.resolve("escaped.md").toString();
        assertRefused("2026-W13", name, "2026-W13/" + name, "not inside it; nothing was written");
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", "../.."})
    void refusesAWeekFolderOutsideTheOutputFolder(String week) throws IOException {
        assertRefused(week, "a.md", week, "not inside it; nothing was written");
    }

    @Test
    void refusesAnAbsoluteWeekFolder() throws IOException {
        String week = temp.resolve("elsewhere").toString();
        assertRefused(week, "a.md", week, "not inside it; nothing was written");
    }

    /** The staging folder is named after the week's, so the week is checked even when no file is. */
    @Test
    void refusesAWeekFolderOutsideTheOutputFolderWithNoFiles() throws IOException {
        Map<Path, byte[]> before = snapshot(temp);
        PublishException e = assertThrows(PublishException.class,
                () -> publisher.publish(out(), "../..", List.of(), NONE_SUPERSEDED));
        assertTrue(e.getMessage().startsWith("refused to write ../.. in the output folder " + out()), e::getMessage);
        assertUnchanged(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../escaped.md", "../2026-W14/a.md", "sub/a.md", "sub\\a.md", ".", ""})
    void refusesAFileNameThatIsNotAPlainNameEvenInsideTheOutputFolder(String name) throws IOException {
        assertRefused("2026-W13", name, "2026-W13/" + name,
                "a folder or file name must be a plain name, with no path separator or NUL; nothing was written");
    }

    @Test
    void refusesAWeekNameThatIsNotAPlainName() throws IOException {
        assertRefused("2026/W13", "a.md", "2026/W13",
                "a folder or file name must be a plain name, with no path separator or NUL; nothing was written");
    }

    @Test
    void refusesANul() throws IOException {
        assertRefused("2026-W13", "a\0.md", "2026-W13/a\\0.md", "nothing was written");
    }

    /**
     * Publishes a harmless file and the one named, and expects the file shown refused before
     * anything is written: not even the harmless file, nor the output folder.
     */
    private void assertRefused(String week, String name, String shown, String said) throws IOException {
        Map<Path, byte[]> before = snapshot(temp);
        PublishException e = assertThrows(PublishException.class,
                () -> publisher.publish(out(), week, List.of(file("harmless.md", "x"), file(name, "x")), NONE_SUPERSEDED));
        assertTrue(e.getMessage().startsWith("refused to write " + shown + " in the output folder " + out() + ": "),
                e::getMessage);
        assertTrue(e.getMessage().endsWith(said), e::getMessage);
        assertFalse(Files.exists(out()), "not even the output folder is made");
        assertUnchanged(before);
    }

    private interface Step {
        boolean fails(Path from, Path to);
    }

    /** Renames as the publisher does, but fails the steps chosen, as a full disk or a locked file would. */
    private static Publisher.Rename failingWhen(Step step) {
        return (from, to) -> {
            if (step.fails(from, to)) {
                throw new FileSystemException(from.toString(), to.toString(), "simulated failure");
            }
            Files.move(from, to);
        };
    }

    private void assertUnchanged(Map<Path, byte[]> before) throws IOException {
        assertSame(before, snapshot(temp));
    }

    private static void assertSame(Map<Path, byte[]> expected, Map<Path, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same files and folders, and no leftovers");
        expected.forEach((path, bytes) -> assertTrue(Arrays.equals(bytes, actual.get(path)), path + " unchanged"));
    }

    /** Every file and folder under {@code dir}, relative to it, with each file's bytes. */
    private static Map<Path, byte[]> snapshot(Path dir) throws IOException {
        Map<Path, byte[]> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.toList()) {
                entries.put(dir.relativize(p), Files.isRegularFile(p) ? Files.readAllBytes(p) : new byte[0]);
            }
        }
        return entries;
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    private static Path only(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(suffix)).toList();
            assertEquals(1, found.size(), found::toString);
            return found.get(0);
        }
    }
}
