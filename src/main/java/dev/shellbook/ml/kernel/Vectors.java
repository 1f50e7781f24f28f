package dev.shellbook.ml.kernel;

/**
 * Whether this JVM runs the Vector API micro-kernels, and the one place that loads them.
 *
 * <p>{@code jdk.incubator.vector} is in every JDK since 16 but only resolved when the JVM is started with
 * {@code --add-modules jdk.incubator.vector}, and that JVM then prints {@code WARNING: Using incubator modules} on
 * its stderr. Shellbook adds the module only to JVMs whose stderr it reads (the session's execution JVM, the
 * {@code bench} run, the test suite) and drops that line there. Anywhere else (the shell's own JVM, a learner's
 * plain {@code jshell}) the module is absent, the vector classes are never loaded, and the scalar kernels give the
 * same numbers, more slowly. {@code -Dshellbook.vector=false} forces the scalar kernels (for comparisons).
 */
public final class Vectors {
    /** The JVM's incubator module that holds the Vector API. */
    public static final String MODULE = "jdk.incubator.vector";

    /** The line a JVM started with {@link #JVM_OPTION} prints first on its stderr. */
    public static final String WARNING = "WARNING: Using incubator modules: " + MODULE;

    /** The option that gives a JVM the Vector API. */
    public static final String JVM_OPTION = "--add-modules=" + MODULE;

    private static final boolean ON = ModuleLayer.boot().findModule(MODULE).isPresent()
            && !"false".equals(System.getProperty("shellbook.vector"));

    private Vectors() {}

    /** True when the Vector API micro-kernels run here. */
    public static boolean enabled() {
        return ON;
    }

    /** "Vector API, 512-bit" or "scalar (no jdk.incubator.vector)": what {@link #enabled()} means here. */
    public static String describe() {
        return ON ? "Vector API, " + VectorKernels.bits() + "-bit" : "scalar (no " + MODULE + ")";
    }

    /** {@code text} (a JVM's stderr) without the {@link #WARNING} line. */
    public static String withoutWarning(String text) {
        return text.replace(WARNING + System.lineSeparator(), "").replace(WARNING, "");
    }

    /** The float64 micro-kernel: vectorised if {@code vector} (and enabled), else scalar. */
    static DKernel dkernel(boolean vector) {
        return vector && ON ? VectorKernels.dkernel() : new ScalarDKernel();
    }

    /** The float32 micro-kernel: vectorised if {@code vector} (and enabled), else scalar. */
    static SKernel skernel(boolean vector) {
        return vector && ON ? VectorKernels.skernel() : new ScalarSKernel();
    }
}
