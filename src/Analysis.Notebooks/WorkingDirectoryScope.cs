namespace Analysis.Notebooks;

/// <summary>
/// Sets the process's current directory for the length of a notebook run, then puts it back.
/// </summary>
/// <remarks>
/// The in-process C# kernel has no working directory of its own: <c>#r</c>/<c>#load</c> with relative paths and
/// File/Directory calls in cells resolve against the process's current directory. VS Code starts its kernel in
/// the notebook's folder, so the runner does the same. The current directory is process-wide, so runs are
/// serialized by a gate: two notebooks never execute at the same time in one process.
/// </remarks>
internal sealed class WorkingDirectoryScope : IDisposable
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private readonly string _previous;

    private WorkingDirectoryScope(string directory)
    {
        _previous = Directory.GetCurrentDirectory();
        Directory.SetCurrentDirectory(directory);
    }

    public static async Task<WorkingDirectoryScope> EnterAsync(string directory, CancellationToken ct)
    {
        await Gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            return new WorkingDirectoryScope(directory);
        }
        catch
        {
            Gate.Release();
            throw;
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.SetCurrentDirectory(_previous);
        }
        finally
        {
            Gate.Release();
        }
    }
}
