namespace Analysis.Notebooks;

/// <summary>The result of executing one notebook: every cell in file order, with what it produced.</summary>
public sealed record NotebookRun(
    string NotebookPath,
    IReadOnlyList<CellResult> Cells,
    TimeSpan Elapsed)
{
    /// <summary>The notebook as read, kept so the executed copy keeps its metadata and markdown exactly.</summary>
    internal string SourceJson { get; init; } = "";

    /// <summary>The first cell that failed, or null when every executed cell succeeded.</summary>
    public CellFailure? FirstFailure =>
        Cells.FirstOrDefault(c => c.Failed) is { } failed
            ? new CellFailure(NotebookPath, failed.Index, string.Join(Environment.NewLine, failed.Errors))
            : null;

    public bool Succeeded => FirstFailure is null;

    public IEnumerable<CellResult> CodeCells => Cells.Where(c => c.Kind == CellKind.Code);
}

public enum CellKind { Code, Markdown, Raw }

public enum CellStatus { NotRun, Succeeded, Failed }

/// <summary>One cell of the notebook and, for a code cell that ran, its outputs and errors.</summary>
/// <param name="Index">0-based position in the notebook's <c>cells</c> array (markdown cells count).</param>
/// <param name="KernelName">Kernel the cell targets ("csharp", "markdown", …).</param>
/// <param name="StandardOutput">Everything the cell wrote to Console.Out, concatenated.</param>
public sealed record CellResult(
    int Index,
    CellKind Kind,
    string KernelName,
    string Source,
    CellStatus Status,
    IReadOnlyList<CellOutput> Outputs,
    IReadOnlyList<string> Errors,
    string StandardOutput,
    int? ExecutionCount,
    TimeSpan Elapsed)
{
    public bool Failed => Status == CellStatus.Failed;

    /// <summary>Every formatted value of a mime type across the cell's display and return outputs.</summary>
    public IEnumerable<string> ValuesOf(string mimeType) =>
        Outputs.Where(o => o.Kind is OutputKind.Display or OutputKind.ReturnValue)
               .SelectMany(o => o.Data)
               .Where(d => d.MimeType == mimeType)
               .Select(d => d.Value);
}

public enum OutputKind { Display, ReturnValue, StandardOutput, StandardError, Error }

/// <summary>One output of a cell; a display carries the same value in several mime types.</summary>
public sealed record CellOutput(OutputKind Kind, IReadOnlyList<FormattedData> Data, string? ValueId = null)
{
    public string? Text(string mimeType) => Data.FirstOrDefault(d => d.MimeType == mimeType)?.Value;
}

public sealed record FormattedData(string MimeType, string Value);

/// <summary>Where and why a notebook failed: enough to find the cell without opening the run.</summary>
/// <param name="CellIndex">0-based position in the notebook's <c>cells</c> array.</param>
public sealed record CellFailure(string NotebookPath, int CellIndex, string Error)
{
    /// <summary>1-based cell number, as a person counts the cells in the editor.</summary>
    public int CellNumber => CellIndex + 1;

    public override string ToString() => $"{NotebookPath}: cell {CellNumber} failed: {Error}";
}

/// <summary>Reported before and after each code cell runs.</summary>
/// <param name="CellIndex">0-based position in the notebook's <c>cells</c> array.</param>
/// <param name="CodeCellNumber">1-based count among code cells only.</param>
public sealed record CellProgress(
    string NotebookPath,
    int CellIndex,
    int CodeCellNumber,
    int CodeCellCount,
    CellStatus Status,
    bool Running,
    TimeSpan Elapsed);
