package com.sectorweekly.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Peak memory as the operating system and the JVM see it. */
final class Memory {

    private Memory() {
    }

    /** Peak resident set size of a process in KiB (Linux {@code VmHWM}), if the system reports it. */
    static OptionalLong peakRssKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return OptionalLong.of(Long.parseLong(line.replaceAll("\\D", "")));
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or the process has ended
        }
        return OptionalLong.empty();
    }

    /** Heap use before each collection ({@code 84M->66M}) and at exit ({@code used 96996K}) in a JVM's GC log. */
    private static final Pattern HEAP_BEFORE_GC = Pattern.compile("\\) (\\d+)M->\\d+M\\(");
    private static final Pattern HEAP_AT_EXIT = Pattern.compile("heap +total \\d+K, used (\\d+)K");

    /**
     * The highest heap use of another JVM in KiB, read from its {@code -Xlog:gc,gc+heap+exit} log:
     * the most it held just before a collection or when it ended. 0 when the log says nothing.
     */
    static long peakHeapKbFromGcLog(Path log) throws IOException {
        long peak = 0;
        for (String line : Files.readAllLines(log)) {
            Matcher before = HEAP_BEFORE_GC.matcher(line);
            if (before.find()) {
                peak = Math.max(peak, Long.parseLong(before.group(1)) * 1024);
            }
            Matcher exit = HEAP_AT_EXIT.matcher(line);
            if (exit.find()) {
                peak = Math.max(peak, Long.parseLong(exit.group(1)));
            }
        }
        return peak;
    }

    /** The highest heap use since the JVM started, summed over the heap's pools, in bytes. */
    static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
