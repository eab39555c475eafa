using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace Analysis.Notebooks.Tests;

/// <summary>
/// Drives the kernel VS Code runs, over the same stdio protocol (one JSON command or event per line), started
/// with the exact command line from .vscode/settings.json.
/// </summary>
internal sealed class StdioKernel : IAsyncDisposable
{
    private static readonly TimeSpan CellTimeout = TimeSpan.FromMinutes(3);
    private readonly Process _process;
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly StringBuilder _stderr = new();
    private readonly Task _reader;

    private StdioKernel(Process process)
    {
        _process = process;
        _process.ErrorDataReceived += (_, e) => { lock (_stderr) _stderr.AppendLine(e.Data); };
        _process.BeginErrorReadLine();
        _reader = Task.Run(ReadEventsAsync);
    }

    public string StandardError { get { lock (_stderr) return _stderr.ToString(); } }

    /// <summary>Starts the kernel as VS Code would for a notebook in <paramref name="workingDir"/>.</summary>
    public static async Task<StdioKernel> StartAsync(IReadOnlyList<string> transportArgs, string workingDir)
    {
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
        var args = transportArgs.Select(a => a.Replace("{dotnet_path}", dotnet).Replace("{working_dir}", workingDir)).ToList();
        var start = new ProcessStartInfo(args[0])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
            // Like the extension: the process starts outside the repository; only the arguments lead to it.
            WorkingDirectory = Path.GetTempPath(),
        };
        foreach (var arg in args.Skip(1)) start.ArgumentList.Add(arg);
        var kernel = new StdioKernel(Process.Start(start)!);
        await kernel.WaitForAsync(e => (string?)e["eventType"] == "KernelReady", TimeSpan.FromMinutes(2), "the kernel to start");
        return kernel;
    }

    /// <summary>Submits one cell and collects its events until it succeeds or fails.</summary>
    public async Task<KernelCellResult> SubmitAsync(string code)
    {
        var token = Guid.NewGuid().ToString("N");
        var command = new JsonObject
        {
            ["commandType"] = "SubmitCode",
            ["command"] = new JsonObject { ["code"] = code, ["targetKernelName"] = "csharp" },
            ["token"] = token,
        };
        await _process.StandardInput.WriteAsync(command.ToJsonString() + "\n");
        await _process.StandardInput.FlushAsync();

        var result = new KernelCellResult();
        await WaitForAsync(e =>
        {
            var eventToken = (string?)e["command"]?["token"];
            if (eventToken != token) return false;
            var type = (string?)e["eventType"];
            var body = e["event"];
            switch (type)
            {
                case "ReturnValueProduced" or "DisplayedValueProduced":
                    foreach (var value in body?["formattedValues"]?.AsArray() ?? [])
                    {
                        result.Values.Add(((string)value!["mimeType"]!, (string)value["value"]!));
                    }
                    return false;
                case "DiagnosticsProduced":
                    // What a notebook front end shows under the cell (the kernel over Jupyter writes warnings to stderr).
                    foreach (var d in body?["diagnostics"]?.AsArray() ?? [])
                    {
                        if ((string?)d?["severity"] is "warning" or "error") result.Diagnostics.Add($"{d!["severity"]} {d["code"]}: {d["message"]}");
                    }
                    return false;
                case "StandardOutputValueProduced":
                    result.StandardOutput.Append((string?)body?["formattedValues"]?[0]?["value"]);
                    return false;
                case "CommandFailed":
                    result.Error = (string?)body?["message"] ?? "(no message)";
                    return true;
                case "CommandSucceeded":
                    return true;
                default:
                    return false;
            }
        }, CellTimeout, $"the cell to finish:\n{code}");
        return result;
    }

    private async Task WaitForAsync(Func<JsonObject, bool> done, TimeSpan timeout, string what)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            while (true)
            {
                var e = await _events.Reader.ReadAsync(cancel.Token);
                if (done(e)) return;
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or ChannelClosedException)
        {
            throw new InvalidOperationException(
                $"Gave up waiting {timeout} for {what}. Kernel exited: {_process.HasExited}. Its standard error:\n{StandardError}", ex);
        }
    }

    private async Task ReadEventsAsync()
    {
        // The kernel prints a welcome banner before the protocol starts: only JSON objects are events.
        while (await _process.StandardOutput.ReadLineAsync() is { } line)
        {
            if (!line.StartsWith('{')) continue;
            try
            {
                if (JsonNode.Parse(line) is JsonObject e && e["eventType"] is not null) await _events.Writer.WriteAsync(e);
            }
            catch (System.Text.Json.JsonException)
            {
                // Not an event line.
            }
        }
        _events.Writer.TryComplete();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            _process.StandardInput.Close();
            using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _reader.WaitAsync(TimeSpan.FromSeconds(5)).ContinueWith(_ => { });
        _process.Dispose();
    }
}

internal sealed class KernelCellResult
{
    public string? Error { get; set; }
    public List<(string MimeType, string Value)> Values { get; } = [];
    public List<string> Diagnostics { get; } = [];
    public StringBuilder StandardOutput { get; } = new();
}
