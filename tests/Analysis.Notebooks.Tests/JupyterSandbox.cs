using System.ComponentModel;
using System.Diagnostics;

namespace Analysis.Notebooks.Tests;

/// <summary>
/// A throw-away Jupyter user: its own data, config and runtime folders, so that a test installs and runs kernelspecs
/// without touching the machine's (another clone's `scripts/setup.sh` may register its own `.net-csharp` any time).
/// </summary>
public sealed class JupyterSandbox : IDisposable
{
    private const string SpecName = ".net-csharp";
    private readonly TempFolder _folder = new();

    public string DataDir => File("data");

    /// <summary>Where `jupyter kernelspec install --user` puts the notebooks' kernelspec for this user.</summary>
    public string SpecDir => Path.Combine(DataDir, "kernels", SpecName);

    public string File(string name) => _folder.File(name);

    /// <summary>`bash scripts/setup-kernel.sh ARGS`, failing with its output when it does not exit 0.</summary>
    public async Task SetupKernelAsync(params string[] args)
    {
        var run = await RunAsync("bash", [Path.Combine(Repo.Root, "scripts", "setup-kernel.sh"), .. args], TimeSpan.FromMinutes(5));
        Assert.True(run.ExitCode == 0,
            $"`bash scripts/setup-kernel.sh {string.Join(' ', args)}` exited {run.ExitCode} (`bash scripts/setup.sh` installs Debian's " +
            $"jupyter-nbconvert and jupyter-client):\n{run.StandardOutput}\n{run.StandardError}");
    }

    public async Task InstallKitKernelspecAsync()
    {
        await SetupKernelAsync("--jupyter");
        Assert.True(System.IO.File.Exists(Path.Combine(SpecDir, "kernel.json")), $"`setup-kernel.sh --jupyter` wrote no {SpecDir}/kernel.json.");
    }

    /// <summary>Runs a command as this Jupyter user, from the repository root; kills it (and its kernels) after <paramref name="timeout"/>.</summary>
    public async Task<(int ExitCode, string StandardOutput, string StandardError)> RunAsync(string file, IEnumerable<string> args, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Repo.Root,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["JUPYTER_DATA_DIR"] = DataDir;
        start.Environment["JUPYTER_CONFIG_DIR"] = File("config");
        start.Environment["JUPYTER_RUNTIME_DIR"] = File("runtime");
        start.Environment.Remove("JUPYTER_PATH"); // it would come before the user's folder

        Process process;
        try
        {
            process = Process.Start(start)!;
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"Cannot run `{file}` ({ex.Message}). `bash scripts/setup.sh` installs Debian's jupyter-nbconvert and jupyter-client.", ex);
        }
        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            using var cancel = new CancellationTokenSource(timeout);
            try
            {
                await process.WaitForExitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
                return (-1, await output, $"gave up after {timeout}\n{await errors}");
            }
            return (process.ExitCode, await output, await errors);
        }
    }

    public void Dispose() => _folder.Dispose();
}
