using System.Diagnostics;
using System.Text;
using Microsoft.DotNet.Interactive;
using Microsoft.DotNet.Interactive.Commands;
using Microsoft.DotNet.Interactive.Events;
using Microsoft.DotNet.Interactive.Formatting;
using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using DocumentKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace Analysis.Notebooks;


/// <summary>Executes a .ipynb notebook top to bottom in an in-process C# kernel and records every cell.</summary>
public static class NotebookRunner
{
    /// <summary>
    /// Runs every code cell of the notebook at <paramref name="path"/> in a fresh kernel, in the notebook's folder
    /// (see <see cref="NotebookRunOptions.WorkingDirectory"/>). A failing cell does not throw: it is recorded in
    /// the returned run (<see cref="NotebookRun.FirstFailure"/>). Only a notebook that cannot be read throws.
    /// </summary>
    public static async Task<NotebookRun> RunAsync(
        string path,
        NotebookRunOptions? options = null,
        IProgress<CellProgress>? progress = null,
        CancellationToken ct = default)
    {
        options ??= NotebookRunOptions.Default;
        var fullPath = Path.GetFullPath(path);
        var json = await File.ReadAllTextAsync(fullPath, ct).ConfigureAwait(false);
        var document = NotebookDocument.Parse(json, fullPath);
        var workingDirectory = Path.GetFullPath(options.WorkingDirectory ?? Path.GetDirectoryName(fullPath)!);

        var total = Stopwatch.StartNew();
        var results = new List<CellResult>(document.Elements.Count);
        var codeCellCount = document.Elements.Count(e => NotebookDocument.KindOf(e) == CellKind.Code);

        using (await WorkingDirectoryScope.EnterAsync(workingDirectory, ct).ConfigureAwait(false))
        {
            // Formatters are process-wide: forget those an earlier notebook registered, as a fresh kernel
            // process in VS Code would. Safe here: the scope lets one run at a time.
            Formatter.ResetToDefault();
            // Created inside the scope: the C# kernel may capture the current directory when it starts.
            using var kernel = NotebookKernel.Create();
            var executionCount = 0;
            var codeCellNumber = 0;
            var stopped = false;
            for (var index = 0; index < document.Elements.Count; index++)
            {
                var element = document.Elements[index];
                var kind = NotebookDocument.KindOf(element);
                var kernelName = element.KernelName ?? "csharp";
                if (kind != CellKind.Code || stopped || string.IsNullOrWhiteSpace(element.Contents))
                {
                    results.Add(NotRun(index, kind, kernelName, element.Contents ?? ""));
                    continue;
                }

                codeCellNumber++;
                progress?.Report(new CellProgress(fullPath, index, codeCellNumber, codeCellCount, CellStatus.NotRun, true, TimeSpan.Zero));
                var result = await RunCellAsync(kernel, index, kernelName, element.Contents, ++executionCount, options.CellTimeout, ct)
                    .ConfigureAwait(false);
                results.Add(result);
                progress?.Report(new CellProgress(fullPath, index, codeCellNumber, codeCellCount, result.Status, false, result.Elapsed));
                stopped = result.Failed && options.StopOnFirstFailure;
            }
        }

        return new NotebookRun(fullPath, results, total.Elapsed) { SourceJson = json };
    }

    private static CellResult NotRun(int index, CellKind kind, string kernelName, string source) =>
        new(index, kind, kernelName, source, CellStatus.NotRun, [], [], "", null, TimeSpan.Zero);

    private static async Task<CellResult> RunCellAsync(
        Kernel kernel, int index, string kernelName, string code, int executionCount, TimeSpan timeout, CancellationToken ct)
    {
        var watch = Stopwatch.StartNew();
        using var timeoutSource = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeoutSource.CancelAfter(timeout);

        var collector = new CellEventCollector();
        try
        {
            var result = await kernel.SendAsync(new SubmitCode(code, kernelName), timeoutSource.Token).ConfigureAwait(false);
            collector.AddAll(result.Events);
            if (timeoutSource.IsCancellationRequested && !ct.IsCancellationRequested)
            {
                collector.AddError($"Cell timed out after {timeout}.");
            }
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            collector.AddError($"Cell timed out after {timeout}.");
        }

        return new CellResult(
            index, CellKind.Code, kernelName, code,
            collector.Errors.Count > 0 ? CellStatus.Failed : CellStatus.Succeeded,
            collector.Outputs, collector.Errors, collector.StandardOutput.ToString(), executionCount, watch.Elapsed);
    }

    /// <summary>Turns the kernel's events for one submission into outputs and errors, in order.</summary>
    private sealed class CellEventCollector
    {
        public List<CellOutput> Outputs { get; } = [];
        public List<string> Errors { get; } = [];
        public StringBuilder StandardOutput { get; } = new();

        public void AddAll(IEnumerable<KernelEvent> events)
        {
            var diagnostics = new List<string>();
            string? failure = null;
            foreach (var e in events)
            {
                switch (e)
                {
                    case StandardOutputValueProduced stdout:
                        var text = TextOf(stdout);
                        StandardOutput.Append(text);
                        Outputs.Add(new CellOutput(OutputKind.StandardOutput, [new FormattedData(PlainTextFormatter.MimeType, text)]));
                        break;
                    case StandardErrorValueProduced stderr:
                        Outputs.Add(new CellOutput(OutputKind.StandardError, [new FormattedData(PlainTextFormatter.MimeType, TextOf(stderr))]));
                        break;
                    case ErrorProduced error:
                        Errors.Add(error.Message);
                        Outputs.Add(new CellOutput(OutputKind.Error, [new FormattedData(PlainTextFormatter.MimeType, error.Message)]));
                        break;
                    case DisplayedValueUpdated updated:
                        // An update replaces the display it names; one the run never saw is shown as new.
                        var replacement = Display(OutputKind.Display, updated);
                        var at = Outputs.FindIndex(o => o.ValueId is not null && o.ValueId == updated.ValueId);
                        if (at >= 0) Outputs[at] = replacement; else Outputs.Add(replacement);
                        break;
                    case ReturnValueProduced returned:
                        AddDisplay(OutputKind.ReturnValue, returned);
                        break;
                    case DisplayEvent displayed:
                        AddDisplay(OutputKind.Display, displayed);
                        break;
                    case DiagnosticsProduced produced:
                        diagnostics.AddRange(produced.Diagnostics
                            .Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error)
                            .Select(d => d.ToString()));
                        break;
                    case CommandFailed failed:
                        failure = failed.Message;
                        break;
                }
            }

            // Compile errors come both as diagnostics and, formatted, inside the failure message: keep the
            // message (it names file, line and column); diagnostics alone only when nothing failed outright.
            if (failure is not null) AddError(failure);
            else Errors.AddRange(diagnostics);
        }

        public void AddError(string message)
        {
            Errors.Add(message);
            Outputs.Add(new CellOutput(OutputKind.Error, [new FormattedData(PlainTextFormatter.MimeType, message)]));
        }

        private void AddDisplay(OutputKind kind, DisplayEvent displayed)
        {
            var output = Display(kind, displayed);
            if (output.Data.Count > 0) Outputs.Add(output);
        }

        private static CellOutput Display(OutputKind kind, DisplayEvent displayed) =>
            new(kind,
                displayed.FormattedValues
                    .Where(v => !v.SuppressDisplay)
                    .Select(v => new FormattedData(v.MimeType, v.Value))
                    .ToList(),
                displayed.ValueId);

        private static string TextOf(DisplayEvent e) =>
            string.Concat(e.FormattedValues.Select(v => v.Value));
    }
}
