using System.Text;

namespace Analysis.Tests.Corpus;

/// <summary>A corpus folder built by a test in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TempCorpus : IDisposable
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("analysis-corpus-").FullName;

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    /// <summary>Writes UTF-8 without a BOM, creating folders on the way.</summary>
    public string Write(string relative, string text) => Write(relative, new UTF8Encoding(false).GetBytes(text));

    public string Write(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public Analysis.Corpus Load() => CorpusLoader.Load(Folder);

    public void Dispose()
    {
        // Undo permission changes a test made, then delete (links are removed, not followed).
        foreach (var entry in Directory.EnumerateFileSystemEntries(Folder, "*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = FileAttributes.ReparsePoint, IgnoreInaccessible = true }))
            if (!OperatingSystem.IsWindows() && !File.GetAttributes(entry).HasFlag(FileAttributes.ReparsePoint))
                File.SetUnixFileMode(entry, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(Folder, recursive: true);
    }
}
