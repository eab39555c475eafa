namespace Analysis.Cli.Commands;

using Analysis.Output;
using Analysis.Pipeline;

/// <summary>
/// How a command ends when it cannot finish: one line on stderr and an exit code, never a stack trace.
/// A mistake in the arguments or an output that cannot be written exits with 2; a run stopped by
/// Ctrl-C or SIGTERM with 130 or 143. Either way the previous results are as they were: the
/// commands write through <see cref="AtomicOutput"/>.
/// </summary>
internal static class Outcome
{
    public const int MistakeExitCode = 2;

    /// <summary>Runs a command's work that writes <paramref name="destination"/> (if any), and ends it in one line if it fails.</summary>
    public static Task<int> Guard(string? destination, Func<int> work) =>
        Guard(destination, () => Task.FromResult(work()));

    public static async Task<int> Guard(string? destination, Func<Task<int>> work)
    {
        try
        {
            return await work();
        }
        catch (OperationCanceledException) when (StopSignal.Requested)
        {
            Console.Error.WriteLine(destination is null ? "stopped" : $"stopped; the previous results in {CommonOptions.Shown(destination)} are unchanged");
            return StopSignal.ExitCode;
        }
        catch (Exception e) when (e is UsageException or OutputException)
        {
            Console.Error.WriteLine($"error: {Shown(e)}");
            return MistakeExitCode;
        }
        catch (ExtractionException e)
        {
            Console.Error.WriteLine($"error: {e.Message} (a bug in the kit: please report it with that article)");
            return 1;
        }
    }

    private static string Shown(Exception e) =>
        e is OutputException output ? $"cannot write {CommonOptions.Shown(output.File)}: {output.Cause}" : e.Message;
}
