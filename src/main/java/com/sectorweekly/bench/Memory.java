package com.sectorweekly.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.io.IOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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

    /**
     * The most heap this JVM has held, watched from the start of the call to {@link #watchHeap}:
     * heap use is highest just before a collection, which each collection reports. Summing the
     * pools' own peaks would add highs reached at different times.
     */
    static final class HeapWatch {
        private final AtomicLong peak = new AtomicLong();

        long peakBytes() {
            return Math.max(peak.get(), used());
        }

        private void collected(GcInfo info) {
            long before = info.getMemoryUsageBeforeGc().entrySet().stream()
                    .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
            peak.accumulateAndGet(before, Math::max);
        }

        private static long used() {
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }
    }

    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName).collect(Collectors.toSet());

    /** Starts watching this JVM's heap use at every collection. */
    static HeapWatch watchHeap() {
        HeapWatch watch = new HeapWatch();
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener((notification, handback) -> {
                    if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        watch.collected(GarbageCollectionNotificationInfo
                                .from((CompositeData) notification.getUserData()).getGcInfo());
                    }
                }, null, null);
            }
        }
        return watch;
    }
}
