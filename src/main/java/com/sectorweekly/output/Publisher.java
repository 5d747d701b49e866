package com.sectorweekly.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Publishes a build's files into its week's folder under the output folder, all or nothing. The
 * complete new set is written into a fresh staging folder beside the week's (in the same folder, so
 * a rename is one step on one file system), then swapped in: the old folder is renamed aside, the
 * new one renamed into its place, and the old one deleted. A reader finds the previous complete set
 * or the new one (or, for the instant between the renames, no folder), never a mix. A failure at
 * any step leaves the previous set in the week's folder, or puts it back there, and the exception
 * says so, or where both sets are if the old one could not go back.
 *
 * <p>A build replaces only its own files: whatever else the week's folder holds (a note put there
 * by hand, a format not built this time, another report's drawings) is copied into the new set,
 * except the files the caller names superseded. A folder where the build writes a file fails the
 * publish rather than being deleted.
 *
 * <p>Before anything is written, every target is checked to be a plain name inside the output
 * folder. One publish of a week at a time: weeks built together each publish into their own folder.
 */
public final class Publisher {

    /** Renames a folder in one step; tests pass one that fails, to break a swap halfway. */
    @FunctionalInterface
    interface Rename {
        void apply(Path from, Path to) throws IOException;
    }

    private static final String STAGING = "staging";
    private static final String PREVIOUS = "previous";
    private static final Random RANDOM = new SecureRandom();

    private final Rename rename;

    public Publisher() {
        this((from, to) -> Files.move(from, to, StandardCopyOption.ATOMIC_MOVE));
    }

    Publisher(Rename rename) {
        this.rename = rename;
    }

    /**
     * @param outRoot    the output folder
     * @param week       the name of the week's folder in it
     * @param superseded which files already in the week's folder this build replaces without
     *                   writing them again, such as drawings the report no longer has
     * @return the paths written, in the order given
     * @throws PublishException saying what the week's folder holds now
     */
    public List<Path> publish(Path outRoot, String week, List<OutputFile> files, Predicate<String> superseded)
            throws PublishException {
        refuseEscapes(outRoot, week, files);
        Path folder = outRoot.resolve(week);
        try {
            Files.createDirectories(outRoot);
            clearLeftovers(outRoot, week, folder);
        } catch (PublishException e) {
            throw e;
        } catch (IOException e) {
            throw new PublishException("could not prepare " + folder + ": " + reason(e) + "; "
                    + unchanged(folder, Files.isDirectory(folder)), e);
        }
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new PublishException(folder + " is a file, where the week's folder goes; nothing was published");
        }
        boolean replacing = Files.isDirectory(folder);
        String id = String.format(Locale.ROOT, "%013d-%08x", System.currentTimeMillis(), RANDOM.nextInt());
        Path staging = outRoot.resolve("." + week + "." + id + "." + STAGING);
        Path aside = outRoot.resolve("." + week + "." + id + "." + PREVIOUS);
        try {
            if (replacing) {
                // The week's folder keeps the permissions it had, though a new folder takes its place.
                Files.copy(folder, staging, StandardCopyOption.COPY_ATTRIBUTES);
                carryOver(folder, staging, files.stream().map(OutputFile::name).collect(Collectors.toSet()), superseded);
            } else {
                // Not createTempDirectory: its folders are private to their owner (0700), and the
                // rename would keep that, where a report is for every reader of the output folder.
                Files.createDirectory(staging);
            }
            for (OutputFile file : files) {
                Files.write(staging.resolve(file.name()), file.content(), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        } catch (IOException e) {
            throw discard(staging, new PublishException("could not write the new files of " + folder + ": "
                    + reason(e) + "; " + unchanged(folder, replacing), e));
        }
        if (replacing) {
            try {
                rename.apply(folder, aside);
            } catch (IOException e) {
                throw discard(staging, new PublishException("could not move " + folder + " aside: " + reason(e)
                        + "; " + unchanged(folder, true), e));
            }
        }
        try {
            rename.apply(staging, folder);
        } catch (IOException e) {
            throw putBack(folder, staging, replacing ? aside : null, e);
        }
        if (replacing) {
            try {
                FileTrees.deleteTree(aside);
            } catch (IOException e) {
                // The new set is in place; the next publish of the week removes what is left of the old.
            }
        }
        return files.stream().map(file -> folder.resolve(file.name())).toList();
    }

    /**
     * Refuses the week's folder or a file that does not normalise to a path inside the output
     * folder, or whose name is not a plain name: names come from content (the desk's slug, the
     * kind, the period), and {@code ../../x} or {@code /etc/x} could otherwise write anywhere.
     */
    private static void refuseEscapes(Path outRoot, String week, List<OutputFile> files) throws PublishException {
        Path root = outRoot.toAbsolutePath().normalize();
        refuseUnlessInside(outRoot, root, List.of(week));
        for (OutputFile file : files) {
            refuseUnlessInside(outRoot, root, List.of(week, file.name()));
        }
    }

    private static void refuseUnlessInside(Path outRoot, Path root, List<String> names) throws PublishException {
        String refused = "refused to write " + names.stream().map(name -> name.replace("\0", "\\0"))
                .collect(Collectors.joining("/")) + " in the output folder " + outRoot + ": ";
        Path target = root;
        try {
            for (String name : names) {
                target = target.resolve(name);
            }
        } catch (InvalidPathException e) {
            throw new PublishException(refused + e.getReason() + "; nothing was written");
        }
        target = target.normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new PublishException(refused + "it would be " + target + ", not inside it; nothing was written");
        }
        if (!names.stream().allMatch(Publisher::isPlainName)) {
            throw new PublishException(refused + "a folder or file name must be a plain name, with no path"
                    + " separator or NUL; nothing was written");
        }
    }

    private static boolean isPlainName(String name) {
        return !name.isEmpty() && !name.equals(".") && !name.equals("..")
                && name.chars().noneMatch(c -> c == '/' || c == '\\' || c == 0);
    }

    /**
     * Removes the staging and set-aside folders that an interrupted publish of the week left. One
     * cut short between its two renames, or whose old folder could not be put back, left no week
     * folder and the previous set aside: the newest set aside is put back first, so what the folder
     * held besides the build's files is carried over.
     */
    private void clearLeftovers(Path outRoot, String week, Path folder) throws IOException {
        Pattern leftover = Pattern.compile(Pattern.quote("." + week + ".") + "\\d{13}-[0-9a-f]{8}\\.("
                + STAGING + "|" + PREVIOUS + ")");
        List<Path> leftovers;
        try (Stream<Path> entries = Files.list(outRoot)) {
            leftovers = new ArrayList<>(entries.filter(p -> leftover.matcher(p.getFileName().toString()).matches())
                    .sorted().toList());
        }
        if (Files.notExists(folder, LinkOption.NOFOLLOW_LINKS)) {
            // Their names begin with when they were made, so the last is the newest.
            Optional<Path> newestAside = leftovers.stream()
                    .filter(p -> p.getFileName().toString().endsWith("." + PREVIOUS))
                    .max(Comparator.naturalOrder());
            if (newestAside.isPresent()) {
                try {
                    rename.apply(newestAside.get(), folder);
                } catch (IOException e) {
                    throw new PublishException(folder + " is missing, and the previous build, set aside in "
                            + newestAside.get() + ", could not be put back: " + reason(e) + "; nothing was published", e);
                }
                leftovers.remove(newestAside.get());
            }
        }
        for (Path path : leftovers) {
            try {
                FileTrees.deleteTree(path);
            } catch (IOException e) {
                // Never published and never put back: it is in no one's way, and the next publish tries again.
            }
        }
    }

    /** Copies what the old folder holds besides the build's own files and those it supersedes. */
    private static void carryOver(Path folder, Path staging, Set<String> written, Predicate<String> superseded)
            throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path entry : entries.sorted().toList()) {
                String name = entry.getFileName().toString();
                boolean isFolder = Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS);
                if (isFolder && written.contains(name)) {
                    throw new IOException(entry + " is a folder, where the build writes a file");
                }
                if (isFolder || !(written.contains(name) || superseded.test(name))) {
                    copyTree(entry, staging.resolve(name));
                }
            }
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path path : walk.toList()) {
                Files.copy(path, to.resolve(from.relativize(path).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    /** After the new folder could not be moved into place: the old one goes back, or the message says where both are. */
    private PublishException putBack(Path folder, Path staging, Path aside, IOException failure) {
        String failed = "could not move the new files into " + folder + " (" + reason(failure) + ")";
        if (aside != null) {
            try {
                rename.apply(aside, folder);
            } catch (IOException e) {
                failure.addSuppressed(e);
                return new PublishException(failed + ", nor the previous build back (" + reason(e)
                        + "): the previous build is in " + aside + " and the new one in " + staging
                        + "; building the week again puts the previous one back first", failure);
            }
        }
        return discard(staging, new PublishException(failed + "; " + unchanged(folder, aside != null), failure));
    }

    /** Removes a staging folder that will not be published, and returns why it was not. */
    private static PublishException discard(Path staging, PublishException why) {
        try {
            FileTrees.deleteTree(staging);
        } catch (IOException e) {
            why.addSuppressed(e);
        }
        return why;
    }

    private static String unchanged(Path folder, boolean hadPrevious) {
        return "nothing was published; " + (hadPrevious
                ? folder + " still holds the previous build"
                : "there was no earlier build in " + folder);
    }

    /** NIO's messages are often the path alone: the exception's name says what went wrong. */
    private static String reason(IOException e) {
        return e.getClass() == IOException.class ? e.getMessage() : e.getClass().getSimpleName() + ": " + e.getMessage();
    }
}
