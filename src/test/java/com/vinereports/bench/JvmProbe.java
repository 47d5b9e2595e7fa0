package com.vinereports.bench;

import com.sun.tools.attach.VirtualMachine;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import javax.management.ObjectName;
import javax.management.remote.JMXConnector;
import javax.management.remote.JMXConnectorFactory;
import javax.management.remote.JMXServiceURL;

/**
 * The app JVM's heap, resident memory and CPU time, read from outside: the JDK's attach API starts the JVM's local
 * management agent (no port, same user only), and its MemoryMXBean is read over that connection.
 */
final class JvmProbe implements AutoCloseable {

    /** What one measured action did to the heap, in MB. */
    record HeapUse(double baselineMb, double peakMb) {
        double growthMb() {
            return peakMb - baselineMb;
        }
    }

    private final long pid;
    private final JMXConnector connector;
    private final MemoryMXBean memory;

    private JvmProbe(long pid, JMXConnector connector, MemoryMXBean memory) {
        this.pid = pid;
        this.connector = connector;
        this.memory = memory;
    }

    static JvmProbe attach(long pid) throws Exception {
        VirtualMachine vm = VirtualMachine.attach(Long.toString(pid));
        String address;
        try {
            address = vm.startLocalManagementAgent();
        } finally {
            vm.detach();
        }
        JMXConnector connector = JMXConnectorFactory.connect(new JMXServiceURL(address));
        MemoryMXBean memory = ManagementFactory.newPlatformMXBeanProxy(connector.getMBeanServerConnection(),
                ManagementFactory.MEMORY_MXBEAN_NAME, MemoryMXBean.class);
        return new JvmProbe(pid, connector, memory);
    }

    /** Heap in use right after a full collection: what the app really holds. */
    double liveHeapMb() {
        memory.gc();
        return usedMb();
    }

    double usedMb() {
        return memory.getHeapMemoryUsage().getUsed() / 1048576.0;
    }

    /**
     * Peak heap in use while {@code action} runs, sampled every 10 ms, over the live heap before it. Includes
     * garbage not yet collected, so it depends on the collector's sizing as much as on the app.
     */
    <T> Measured<T> peakDuring(Callable<T> action) throws Exception {
        return sampled(action, 10, false);
    }

    /**
     * Live heap growth while {@code action} runs: a full collection every 250 ms and the heap in use right after
     * each, the highest over the live heap before. What the action holds on to, without its garbage; the forced
     * collections slow the action, so time it in another run.
     */
    <T> Measured<T> liveGrowthDuring(Callable<T> action) throws Exception {
        return sampled(action, 250, true);
    }

    record Measured<T>(T result, HeapUse heap) {
    }

    private <T> Measured<T> sampled(Callable<T> action, long everyMillis, boolean collect) throws Exception {
        double baseline = liveHeapMb();
        AtomicLong peakBytes = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        boolean histograms = collect && Boolean.getBoolean("bench.histogram");
        AtomicReference<String> atPeak = new AtomicReference<>();
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                if (collect) {
                    memory.gc();
                }
                long used = memory.getHeapMemoryUsage().getUsed();
                if (histograms && used > peakBytes.get()) {
                    try {
                        atPeak.set(classHistogram(20));
                    } catch (Exception unavailable) {
                        atPeak.set("no histogram: " + unavailable);
                    }
                }
                peakBytes.accumulateAndGet(used, Math::max);
                try {
                    Thread.sleep(everyMillis);
                } catch (InterruptedException stop) {
                    return;
                }
            }
        }, "heap-sampler");
        sampler.setDaemon(true);
        sampler.start();
        T result;
        try {
            result = action.call();
        } finally {
            running.set(false);
            sampler.join();
        }
        if (atPeak.get() != null) {
            System.out.println("[bench] heap at the highest live sample:\n" + atPeak.get());
        }
        return new Measured<>(result, new HeapUse(baseline, Math.max(baseline, peakBytes.get() / 1048576.0)));
    }

    /** The heap's biggest classes after a full collection (jcmd GC.class_histogram), for finding what holds memory. */
    String classHistogram(int lines) throws Exception {
        ObjectName diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
        String histogram = (String) connector.getMBeanServerConnection().invoke(diagnostics, "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        return histogram.lines().limit(lines).collect(Collectors.joining("\n"));
    }

    /**
     * The JVM's own account of its native memory by category (jcmd VM.native_memory summary), or empty when the
     * app runs without {@code -XX:NativeMemoryTracking=summary}: for finding where resident memory goes.
     */
    String nativeMemory() throws Exception {
        ObjectName diagnostics = new ObjectName("com.sun.management:type=DiagnosticCommand");
        String summary = (String) connector.getMBeanServerConnection().invoke(diagnostics, "vmNativeMemory",
                new Object[] {new String[] {"summary", "scale=MB"}}, new String[] {String[].class.getName()});
        return summary.contains("not enabled") ? "" : summary;
    }

    /** Resident set size and its high-water mark, in MiB, from /proc (Linux). */
    double[] residentMb() throws IOException {
        double rss = 0;
        double hwm = 0;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kb(line) / 1024.0;
            } else if (line.startsWith("VmHWM:")) {
                hwm = kb(line) / 1024.0;
            }
        }
        return new double[] {rss, hwm};
    }

    /** CPU time the process has used so far (user + system), in seconds, from /proc (10 ms resolution). */
    double cpuSeconds() throws IOException {
        String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
        // Fields after the command name, which is in parentheses and may hold spaces: utime is the 14th field.
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
    }

    private static long kb(String line) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
    }

    @Override
    public void close() throws IOException {
        connector.close();
    }
}
