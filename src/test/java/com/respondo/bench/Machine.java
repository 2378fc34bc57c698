package com.respondo.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** The machine a benchmark ran on: processors, memory, CPU model and load, as the README's table names them. */
final class Machine {

    private Machine() {
    }

    static String describe() {
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
            .getOperatingSystemMXBean();
        return String.format(Locale.ROOT, "nproc=%d memory=%dMB cpu=\"%s\" load=%.2f java=%s",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() / (1024 * 1024), cpuModel(),
                os.getSystemLoadAverage(), System.getProperty("java.version"));
    }

    /** This JVM's CPU time so far (the sandbox TempBox and LLM, and the harness), in nanoseconds. */
    static long ownCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime();
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst()
                .orElse("unknown");
        }
        catch (IOException | RuntimeException ex) {
            return System.getProperty("os.arch");
        }
    }
}
