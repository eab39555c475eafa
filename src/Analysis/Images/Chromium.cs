using System.Diagnostics;
using System.Text;

namespace Analysis.Images;

/// <summary>
/// The system's chromium, run headless as a plain command: no driver, nothing downloaded. Image export
/// and the report screenshot use it; the browser tests find it the same way.
/// </summary>
public static class Chromium
{
    /// <summary>Environment variable that names the browser executable, checked first.</summary>
    public const string PathVariable = "CHROMIUM_PATH";

    // Debian's package is `chromium`; Ubuntu's older one `chromium-browser`; Chrome where people have it.
    private static readonly string[] Names = ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"];

    /// <summary>
    /// Flags for a quiet, offline, throwaway headless run: no sandbox (CI runs as root), no GPU, no
    /// background traffic (updates, sync, QUIC probes), no first-run work.
    /// </summary>
    public static readonly IReadOnlyList<string> HeadlessFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
    ];

    /// <summary>The browser executable: <see cref="PathVariable"/>, else /usr/bin/chromium, else the first known name on PATH.</summary>
    /// <exception cref="BrowserNotFoundException">None was found; the message lists what was searched.</exception>
    public static string Find() => Find(Environment.GetEnvironmentVariable(PathVariable), Environment.GetEnvironmentVariable("PATH"), DebianPath);

    public static bool TryFind(out string path) =>
        TryFind(Environment.GetEnvironmentVariable(PathVariable), Environment.GetEnvironmentVariable("PATH"), DebianPath, out path);

    private const string DebianPath = "/usr/bin/chromium";

    // The environment is passed in so that tests can search an empty one.
    internal static string Find(string? variable, string? pathList, string fixedPath) =>
        TryFind(variable, pathList, fixedPath, out var path) ? path : throw new BrowserNotFoundException(Searched(variable, pathList, fixedPath));

    internal static bool TryFind(string? variable, string? pathList, string fixedPath, out string path)
    {
        // A browser named explicitly is the only one tried: quietly using another would hide the mistake.
        if (!string.IsNullOrEmpty(variable))
        {
            path = File.Exists(variable) ? Path.GetFullPath(variable) : "";
            return path.Length > 0;
        }
        foreach (var candidate in Candidates(pathList, fixedPath))
        {
            if (File.Exists(candidate)) { path = Path.GetFullPath(candidate); return true; }
        }
        path = "";
        return false;
    }

    private static List<string> Searched(string? variable, string? pathList, string fixedPath) =>
        !string.IsNullOrEmpty(variable) ? [$"${PathVariable}={variable} (no such file)"] :
    [
        $"${PathVariable} (not set)",
        fixedPath,
        $"{string.Join(", ", Names)} on PATH ({(string.IsNullOrEmpty(pathList) ? "empty" : pathList)})",
    ];

    private static IEnumerable<string> Candidates(string? pathList, string fixedPath)
    {
        yield return fixedPath;
        var folders = (pathList ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        foreach (var name in Names)
            foreach (var folder in folders)
                yield return Path.Combine(folder, name);
    }

    /// <summary>
    /// Takes a screenshot of a page (e.g. the report) as its first screen: <paramref name="width"/> by
    /// <paramref name="height"/> CSS pixels. Scripts run to the end first (plotly draws the charts).
    /// </summary>
    public static void Screenshot(string htmlPath, string pngPath, int width = 1280, int height = 900)
    {
        var png = Path.GetFullPath(pngPath);
        Directory.CreateDirectory(Path.GetDirectoryName(png)!);
        Run([$"--window-size={width},{height}", $"--screenshot={png}", new Uri(Path.GetFullPath(htmlPath)).AbsoluteUri]);
        if (!File.Exists(png)) throw new InvalidOperationException($"chromium wrote no screenshot to {png}.");
    }

    /// <summary>Runs the browser headless with a fresh profile and returns what it printed on stdout.</summary>
    internal static string Run(IEnumerable<string> arguments, TimeSpan? timeout = null, string? browser = null)
    {
        var executable = browser ?? Find();
        var profile = Directory.CreateTempSubdirectory("analysis-chromium-");
        try
        {
            var start = new ProcessStartInfo(executable)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var flag in HeadlessFlags) start.ArgumentList.Add(flag);
            start.ArgumentList.Add($"--user-data-dir={profile.FullName}");
            // Scripts run in virtual time, which jumps ahead while the page is idle: the run ends once
            // they are done (or after this much page time), not after a fixed wait.
            start.ArgumentList.Add("--virtual-time-budget=30000");
            foreach (var argument in arguments) start.ArgumentList.Add(argument);

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
            var stderr = new StringBuilder();
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (stderr) stderr.AppendLine(e.Data); };
            process.BeginErrorReadLine();
            var stdout = process.StandardOutput.ReadToEndAsync();
            if (!process.WaitForExit(timeout ?? TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{executable} did not finish in {(timeout ?? TimeSpan.FromSeconds(60)).TotalSeconds:0} s.");
            }
            process.WaitForExit(); // drains the redirected streams
            if (process.ExitCode != 0)
                throw new InvalidOperationException($"{executable} exited with code {process.ExitCode}:\n{Tail(stderr.ToString())}");
            return stdout.Result;
        }
        finally
        {
            try { profile.Delete(recursive: true); } catch (IOException) { /* a crashpad helper may still hold a file; temp is cleaned anyway */ }
        }
    }

    // chromium logs harmless dbus and /dev/shm lines; the last lines are the ones that explain a failure.
    private static string Tail(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return string.Join('\n', lines.TakeLast(15));
    }
}
