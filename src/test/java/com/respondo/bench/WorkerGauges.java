package com.respondo.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.CompilationMXBean;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;

import javax.management.MBeanServerConnection;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

import com.sun.management.OperatingSystemMXBean;

/**
 * A worker JVM's own CPU time and heap, read over JMX on loopback (the worker is started with a local, unauthenticated
 * JMX port that only this benchmark uses): {@link OperatingSystemMXBean#getProcessCpuTime()} (every thread of the
 * worker: request handling, JSON, database, GC and JIT; waits cost nothing) and the peak usage of its heap memory
 * pools ({@link MemoryPoolMXBean#getPeakUsage()}, summed over the heap pools; reset when the run starts).
 */
final class WorkerGauges implements AutoCloseable {

    private final JMXConnector connector;

    private final OperatingSystemMXBean os;

    private final List<MemoryPoolMXBean> heapPools;

    private final CompilationMXBean jit;

    private final List<GarbageCollectorMXBean> collectors;

    private WorkerGauges(JMXConnector connector, OperatingSystemMXBean os, List<MemoryPoolMXBean> heapPools,
            CompilationMXBean jit, List<GarbageCollectorMXBean> collectors) {
        this.connector = connector;
        this.os = os;
        this.heapPools = heapPools;
        this.jit = jit;
        this.collectors = collectors;
    }

    /** The JVM options that open the JMX port on 127.0.0.1. */
    static List<String> jvmOptions(int port) {
        return List.of("-Dcom.sun.management.jmxremote.port=" + port,
                "-Dcom.sun.management.jmxremote.rmi.port=" + port,
                "-Dcom.sun.management.jmxremote.host=127.0.0.1",
                "-Djava.rmi.server.hostname=127.0.0.1",
                "-Dcom.sun.management.jmxremote.authenticate=false",
                "-Dcom.sun.management.jmxremote.ssl=false");
    }

    static WorkerGauges connect(int port) {
        try {
            JMXConnector connector = JMXConnectorFactory.connect(
                    new JMXServiceURL("service:jmx:rmi:///jndi/rmi://127.0.0.1:" + port + "/jmxrmi"));
            MBeanServerConnection connection = connector.getMBeanServerConnection();
            OperatingSystemMXBean os = ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.OPERATING_SYSTEM_MXBEAN_NAME, OperatingSystemMXBean.class);
            List<MemoryPoolMXBean> heap = ManagementFactory.getPlatformMXBeans(connection, MemoryPoolMXBean.class)
                .stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
            CompilationMXBean jit = ManagementFactory.newPlatformMXBeanProxy(connection,
                    ManagementFactory.COMPILATION_MXBEAN_NAME, CompilationMXBean.class);
            List<GarbageCollectorMXBean> collectors = ManagementFactory.getPlatformMXBeans(connection,
                    GarbageCollectorMXBean.class);
            return new WorkerGauges(connector, os, heap, jit, collectors);
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not reach the worker's JMX port " + port, ex);
        }
    }

    /** The worker's CPU time so far, in nanoseconds. */
    long cpuNanos() {
        return os.getProcessCpuTime();
    }

    /** The JIT compilers' time so far (their threads' CPU, near enough), in milliseconds. */
    long jitMillis() {
        return jit.getTotalCompilationTime();
    }

    /** The garbage collectors' accumulated time so far, in milliseconds. */
    long gcMillis() {
        return collectors.stream().mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
    }

    /** Forgets the peaks so far (start-up's), so that the run's own peak is measured. */
    void resetPeaks() {
        heapPools.forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    /** The sum of the heap pools' peak usage since the last reset, in bytes. */
    long peakHeapBytes() {
        return heapPools.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
    }

    @Override
    public void close() {
        try {
            connector.close();
        }
        catch (IOException ex) {
            // the worker is gone already
        }
    }
}
