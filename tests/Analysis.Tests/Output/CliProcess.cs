using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Analysis.Tests.Output;

/// <summary>
/// The `analysis` command as a real process (the CLI built with the tests, run by `dotnet`), so that
/// signals, exit codes, stderr and file-size limits are those a user meets.
/// </summary>
internal sealed class CliProcess : IDisposable
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "Analysis.Cli.dll");
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    private CliProcess(ProcessStartInfo start)
    {
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.UseShellExecute = false;
        // A CI run has no terminal anyway; this keeps the progress output plain everywhere.
        start.Environment["CI"] = "true";
        process = Process.Start(start)!;
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>Starts `analysis ARGS`.</summary>
    public static CliProcess Start(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet");
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        return new CliProcess(start);
    }

    /// <summary>
    /// Starts `analysis ARGS` under a file-size limit of <paramref name="kilobytes"/> (`ulimit -f`).
    /// The runtime's W^X double mapping sizes a file far beyond a small limit and cannot start under
    /// it (a runtime limit, not the kit's): it is turned off for this process.
    /// </summary>
    public static CliProcess StartWithFileSizeLimit(int kilobytes, params string[] args)
    {
        var start = new ProcessStartInfo("bash");
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"ulimit -f {kilobytes} && exec dotnet \"$@\"");
        start.ArgumentList.Add("bash");
        start.ArgumentList.Add(Dll);
        foreach (var a in args) start.ArgumentList.Add(a);
        start.Environment["DOTNET_EnableWriteXorExecute"] = "0";
        return new CliProcess(start);
    }

    /// <summary>Runs `analysis ARGS` to the end.</summary>
    public static (int Exit, string Out, string Error) Run(params string[] args)
    {
        using var cli = Start(args);
        return cli.WaitForExit();
    }

    public bool HasExited => process.HasExited;

    public (int Exit, string Out, string Error) WaitForExit(int seconds = 120)
    {
        if (!process.WaitForExit(TimeSpan.FromSeconds(seconds)))
        {
            process.Kill();
            Assert.Fail($"the CLI did not finish in {seconds} s");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    public const int SIGKILL = 9;
    public const int SIGINT = 2;
    public const int SIGTERM = 15;
    public const int SIGCONT = 18;
    public const int SIGSTOP = 19;

    public void Signal(int signal)
    {
        if (kill(process.Id, signal) != 0 && !process.HasExited)
            throw new InvalidOperationException($"kill({process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}");
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int sig);

    public void Dispose()
    {
        if (!process.HasExited) process.Kill();
        process.Dispose();
    }
}
