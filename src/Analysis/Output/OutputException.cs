namespace Analysis.Output;

/// <summary>
/// An output that could not be written: the file the user asked for (not a temporary) and the cause,
/// in one line: "cannot write out/tables/events.csv: no space left on device".
/// </summary>
public sealed class OutputException(string file, string cause, Exception? inner = null)
    : IOException($"cannot write {file}: {cause}", inner)
{
    /// <summary>The destination file or folder, in full.</summary>
    public string File { get; } = file;

    /// <summary>What went wrong, e.g. "file too large (the file-size limit, ulimit -f)".</summary>
    public string Cause { get; } = cause;
}
