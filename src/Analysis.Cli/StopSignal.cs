using System.Runtime.InteropServices;

namespace Analysis.Cli;

using Analysis.Output;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM, as a user or a job scheduler sends them. The first asks the run to
/// stop: <see cref="Token"/> is cancelled, the command stops at its next document, removes its
/// temporary output and exits with 130 (SIGINT) or 143 (SIGTERM), the previous results untouched.
/// A second signal ends the process at once, by the signal's default action; the outputs are
/// written all or nothing (see <see cref="AtomicOutput"/>), so that too leaves them as they were.
/// </summary>
internal static class StopSignal
{
    // SIGXFSZ (file-size limit, `ulimit -f`) would end the process without a word, by default: with it
    // caught, the write that went over the limit fails with "File too large" and the run says so.
    private const PosixSignal FileSizeLimit = (PosixSignal)25;

    private static CancellationTokenSource source = new();
    private static int exitCode;

    /// <summary>Cancelled by the first Ctrl-C or SIGTERM.</summary>
    public static CancellationToken Token => source.Token;

    /// <summary>Whether a stop was asked for.</summary>
    public static bool Requested => source.IsCancellationRequested;

    /// <summary>The exit code of a stopped run: 128 + the signal's number, as shells report it.</summary>
    public static int ExitCode => exitCode;

    /// <summary>Listens for the signals until the returned registration is disposed.</summary>
    public static IDisposable Listen()
    {
        source = new CancellationTokenSource();
        exitCode = 0;
        var registrations = new List<PosixSignalRegistration>
        {
            PosixSignalRegistration.Create(PosixSignal.SIGINT, context => Stop(context, 130)),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => Stop(context, 143)),
        };
        if (!OperatingSystem.IsWindows()) registrations.Add(PosixSignalRegistration.Create(FileSizeLimit, context => context.Cancel = true));
        return new Registrations(registrations);
    }

    private static void Stop(PosixSignalContext context, int code)
    {
        if (Interlocked.CompareExchange(ref exitCode, code, 0) != 0) return; // the second: the default action ends the process
        context.Cancel = true;
        // Said at once: the run stops only at its next document, which in a huge one can take a while.
        Console.Error.WriteLine(code == 130
            ? "stopping after the current document (Ctrl-C again ends it now)…"
            : "stopping after the current document…");
        source.Cancel();
    }

    private sealed class Registrations(List<PosixSignalRegistration> registrations) : IDisposable
    {
        public void Dispose()
        {
            foreach (var registration in registrations) registration.Dispose();
        }
    }
}
