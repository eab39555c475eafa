namespace Analysis.Notebooks;

/// <summary>Where the repository's notebooks are, and which files in it are notebooks.</summary>
public static class NotebookFolder
{
    public const string DefaultName = "notebooks";

    /// <summary>The nearest notebooks/ folder from <paramref name="start"/> (default: the current folder) upwards.</summary>
    public static string Find(string? start = null)
    {
        for (var dir = new DirectoryInfo(start ?? Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, DefaultName);
            if (Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException(
            $"No {DefaultName}/ folder in {start ?? Directory.GetCurrentDirectory()} or above it: run from the repository, or name the notebooks.");
    }

    /// <summary>The .ipynb files directly in <paramref name="folder"/>, in name order (01-…, 02-…), which is reading order.</summary>
    public static IReadOnlyList<string> Notebooks(string folder) =>
        Directory.EnumerateFiles(folder, "*.ipynb", SearchOption.TopDirectoryOnly)
            .Order(StringComparer.Ordinal)
            .ToList();
}
