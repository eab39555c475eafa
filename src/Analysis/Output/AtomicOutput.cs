using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;

namespace Analysis.Output;

/// <summary>
/// One output of a run, written all or nothing. The run writes into <see cref="Path"/>, a hidden
/// temporary file or folder beside the destination, as it goes; <see cref="Commit"/> then moves it
/// into place by renaming, so a reader sees the previous results or the new ones, never a part or a
/// mix. Disposed without a commit (the run failed, was stopped), the temporary is removed and the
/// destination was never touched. A temporary left by a killed run (".NAME.partial-PID-…") is
/// removed by the next run that writes the same destination.
/// <code>
/// using var output = AtomicOutput.Folder("out/tables", name => name.EndsWith(".csv"));
/// Write(output.Path);   // streams into out/.tables.partial-1234-…
/// output.Commit();      // out/tables is now the new folder, whole
/// </code>
/// </summary>
public sealed class AtomicOutput : IDisposable
{
    private enum Kind { File, Folder, FilesInFolder }

    private readonly Kind kind;
    private bool committed;

    private AtomicOutput(Kind kind, string destination)
    {
        this.kind = kind;
        Destination = destination;
        // A file's temporary keeps its extension, so that a browser opens ".report.partial-….html" as HTML.
        var extension = kind == Kind.File ? System.IO.Path.GetExtension(destination) : "";
        Path = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(destination)!,
            $".{Stem}{PartialMark}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}{extension}");
    }

    // The destination's name as its temporaries begin with it: "tables", or "report" for report.html.
    private string Stem => kind == Kind.File ? System.IO.Path.GetFileNameWithoutExtension(Destination) : System.IO.Path.GetFileName(Destination);

    /// <summary>Where the run writes: a temporary beside <see cref="Destination"/>, created empty.</summary>
    public string Path { get; }

    /// <summary>Where the output goes on <see cref="Commit"/>, as a full path.</summary>
    public string Destination { get; }

    /// <summary>
    /// A single file (a report): the run writes the file <see cref="Path"/>, which replaces the
    /// destination file on commit.
    /// </summary>
    public static AtomicOutput File(string destination)
    {
        var output = new AtomicOutput(Kind.File, Full(destination));
        if (Directory.Exists(output.Destination)) throw new OutputException(output.Destination, "is a folder; give the path of the file to write");
        output.Begin(() => System.IO.File.Create(output.Path).Dispose());
        return output;
    }

    /// <summary>
    /// A folder that is the run's alone (the tables): on commit the new folder replaces the old one
    /// whole, so files of an earlier run that this one did not write do not linger beside it. An
    /// existing folder holding anything that <paramref name="replaceable"/> does not accept (by
    /// name) is refused before the run starts, never deleted.
    /// </summary>
    public static AtomicOutput Folder(string destination, Func<string, bool> replaceable)
    {
        var output = new AtomicOutput(Kind.Folder, Full(destination));
        if (System.IO.File.Exists(output.Destination)) throw new OutputException(output.Destination, "is a file, not a folder");
        if (Directory.Exists(output.Destination))
        {
            var foreign = Directory.EnumerateFileSystemEntries(output.Destination).Select(System.IO.Path.GetFileName).Order(StringComparer.Ordinal).FirstOrDefault(n => !replaceable(n!));
            if (foreign is not null)
                throw new OutputException(output.Destination, $"holds '{foreign}', which this run does not write; the folder is replaced whole, so give an empty or new folder");
        }
        output.Begin(() => Directory.CreateDirectory(output.Path));
        return output;
    }

    /// <summary>
    /// Files put into a shared folder (executed notebooks, chart images): the run writes them into
    /// the temporary folder <see cref="Path"/>; on commit each replaces its namesake in the
    /// destination folder, and the folder's other files stay. Each file is replaced whole; the set
    /// is replaced one file after another, in the moments the renames take.
    /// </summary>
    public static AtomicOutput FilesIn(string folder)
    {
        var output = new AtomicOutput(Kind.FilesInFolder, Full(folder));
        if (System.IO.File.Exists(output.Destination)) throw new OutputException(output.Destination, "is a file, not a folder");
        output.Begin(() => Directory.CreateDirectory(output.Path));
        return output;
    }

    /// <summary>Moves the output into place. After a commit, disposing does nothing.</summary>
    public void Commit()
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (committed) return;
        try
        {
            switch (kind)
            {
                case Kind.File:
                    System.IO.File.Move(Path, Destination, overwrite: true);
                    break;
                case Kind.Folder:
                    ReplaceFolder();
                    break;
                case Kind.FilesInFolder:
                    Directory.CreateDirectory(Destination);
                    foreach (var file in Directory.GetFiles(Path))
                        System.IO.File.Move(file, System.IO.Path.Combine(Destination, System.IO.Path.GetFileName(file)), overwrite: true);
                    Directory.Delete(Path, recursive: true);
                    break;
            }
        }
        catch (Exception e) when (IsWriteFailure(e))
        {
            throw Failure(e);
        }
        committed = true;
    }

    /// <summary>
    /// A failure met while writing into <see cref="Path"/>, told as one line about the file the user
    /// asked for: its final path and the cause ("no space left on device"), not the temporary's.
    /// <paramref name="file"/> is the file being written, when the error does not name it.
    /// </summary>
    public OutputException Failure(Exception error, string? file = null)
    {
        var quoted = Regex.Match(error.Message, @"'([^']*)'");
        file ??= error is OutputException known ? known.File : quoted.Success ? quoted.Groups[1].Value : Destination;
        if (file.StartsWith(Path, StringComparison.Ordinal)) file = Destination + file[Path.Length..];
        return new OutputException(file, error is OutputException o ? o.Cause : CauseOf(error), error);
    }

    /// <summary>
    /// Whether an exception is the system refusing a write: I/O errors, permissions, and the file-size
    /// limit, which .NET reports as an ArgumentOutOfRangeException from its file code (EFBIG).
    /// </summary>
    public static bool IsWriteFailure(Exception error) =>
        error is IOException or UnauthorizedAccessException ||
        (error is ArgumentOutOfRangeException && ThrownInSystemIO(error));

    // The frame that threw, read from the stack trace's first line ("   at System.IO.RandomAccess.…"): the
    // native program keeps no reflection metadata for the framework's methods, so TargetSite can be null there.
    private static bool ThrownInSystemIO(Exception error) =>
        error.StackTrace is { } trace && trace.AsSpan().TrimStart().StartsWith("at System.IO.", StringComparison.Ordinal);

    /// <summary>What went wrong, without the path (the caller names the file): the system's words, lower case.</summary>
    public static string CauseOf(Exception error)
    {
        if (error is OutputException known) return known.Cause;
        if (error is ArgumentOutOfRangeException) return "file too large (over the file-size limit: ulimit -f, or the file system's)";
        var text = Regex.Replace(error.Message, @"\s*'[^']*'", "");
        text = Regex.Replace(text, @"\s*:\s*$|\.$", "").Trim();
        text = text.Replace("Access to the path is denied", "permission denied").Replace("Could not find a part of the path", "a folder on the way is missing");
        if (text.Length > 0) text = char.ToLowerInvariant(text[0]) + text[1..];
        return text.Contains("file too large", StringComparison.OrdinalIgnoreCase) ? text + " (over the file-size limit: ulimit -f)" : text;
    }

    private bool disposed;

    /// <summary>Removes the temporary unless the output was committed; the destination stays as it was.</summary>
    public void Dispose()
    {
        if (disposed) return;
        disposed = true;
        if (!committed) Remove(Path);
    }

    private const string PartialMark = ".partial-";
    private const string AsideMark = ".old-";

    // The destination in full; a symbolic link is followed, so that the link stays and its target is replaced.
    private static string Full(string destination)
    {
        var full = System.IO.Path.TrimEndingDirectorySeparator(System.IO.Path.GetFullPath(destination));
        var link = new FileInfo(full);
        if (link.LinkTarget is null) return full;
        var target = link.ResolveLinkTarget(returnFinalTarget: true);
        return target is null ? full : System.IO.Path.TrimEndingDirectorySeparator(target.FullName);
    }

    // Creates the parent folders and the temporary, after removing what killed runs left beside it.
    private void Begin(Action create)
    {
        var parent = System.IO.Path.GetDirectoryName(Destination)!;
        try
        {
            if (FirstFileAmongFolders(parent) is { } file) throw new OutputException(Destination, $"{file} is a file, not a folder");
            Directory.CreateDirectory(parent);
            RemoveLeftovers(parent);
            create();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && e is not OutputException)
        {
            Remove(Path);
            throw new OutputException(Destination, $"cannot create files in {parent} ({CauseOf(e)})", e);
        }
    }

    // The first ancestor of a folder that exists as a file: "out/report.html/x" under a file report.html.
    private static string? FirstFileAmongFolders(string folder)
    {
        for (var dir = folder; !string.IsNullOrEmpty(dir); dir = System.IO.Path.GetDirectoryName(dir))
        {
            if (Directory.Exists(dir)) return null;
            if (System.IO.File.Exists(dir)) return dir;
        }
        return null;
    }

    // The new folder takes the old one's place in one step where the system can swap two paths
    // (Linux renameat2 RENAME_EXCHANGE): no moment without a folder. Elsewhere the old folder is moved
    // aside first; a kill between the two renames leaves it aside, whole, under ".NAME.old-PID-…".
    private void ReplaceFolder()
    {
        if (!Directory.Exists(Destination))
        {
            Directory.Move(Path, Destination);
            return;
        }
        if (TryExchange(Path, Destination))
        {
            Remove(Path); // now the old folder
            return;
        }
        var aside = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(Destination)!, $".{Stem}{AsideMark}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.Move(Destination, aside);
        Directory.Move(Path, Destination);
        Remove(aside);
    }

    private static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            return renameat2(AtFdCwd, a, AtFdCwd, b, RenameExchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // a libc without renameat2 (musl before 1.2.2)
        }
    }

    private const int AtFdCwd = -100;
    private const uint RenameExchange = 2;

    [DllImport("libc", SetLastError = true, CharSet = CharSet.Ansi)]
    private static extern int renameat2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);

    // Temporaries of this destination whose process is gone: a run killed before it could clean up.
    // An old folder moved aside by a run killed between its two renames is the previous results: it
    // goes back in place if nothing took it.
    private void RemoveLeftovers(string parent)
    {
        foreach (var entry in Directory.EnumerateFileSystemEntries(parent, $".{Stem}.*"))
        {
            var rest = System.IO.Path.GetFileName(entry)[(Stem.Length + 1)..];
            var mark = rest.StartsWith(PartialMark, StringComparison.Ordinal) ? PartialMark : rest.StartsWith(AsideMark, StringComparison.Ordinal) ? AsideMark : null;
            if (mark is null || !int.TryParse(rest[mark.Length..].Split('-')[0], out var id) || IsRunning(id)) continue;
            if (mark == AsideMark && kind == Kind.Folder && !Directory.Exists(Destination)) Directory.Move(entry, Destination);
            else Remove(entry);
        }
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId) return true;
        try
        {
            using var process = Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void Remove(string path)
    {
        try
        {
            if (Directory.Exists(path)) Directory.Delete(path, recursive: true);
            else if (System.IO.File.Exists(path)) System.IO.File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run to remove; the destination is untouched either way.
        }
    }
}
