using System.Text;

namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

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

    public Corpus Load() => CorpusLoader.Load(Folder);

    private readonly List<string> locked = [];

    /// <summary>Takes every permission away from a file or folder; given back before deletion. Unix only (the tests that lock are).</summary>
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void Lock(string path)
    {
        File.SetUnixFileMode(path, UnixFileMode.None);
        locked.Add(path);
    }

    public void Dispose()
    {
        // Only Lock fills the list, and it runs on Unix alone.
        if (!OperatingSystem.IsWindows())
            foreach (var path in locked) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        Directory.Delete(Folder, recursive: true); // links are removed, not followed
    }
}
