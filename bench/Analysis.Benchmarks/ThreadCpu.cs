using System.Runtime.InteropServices;

namespace Analysis.Benchmarks;

/// <summary>
/// The CPU time of the calling thread only: a shared machine's load adds wall time to a pass, not this.
/// </summary>
internal static class ThreadCpu
{
    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec { public long Seconds, Nanoseconds; }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);

    private const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID (Linux)

    public static double Seconds() =>
        ClockGetTime(ThreadCpuClock, out var t) == 0 ? t.Seconds + t.Nanoseconds * 1e-9
            : throw new PlatformNotSupportedException("clock_gettime(CLOCK_THREAD_CPUTIME_ID) failed: run on Linux.");
}
