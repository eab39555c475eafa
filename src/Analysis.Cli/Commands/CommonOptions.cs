using System.CommandLine;

namespace Analysis.Cli.Commands;

/// <summary>Options that several commands share, spelled the same everywhere.</summary>
internal static class CommonOptions
{
    public static Option<DirectoryInfo?> Corpus() => new("--corpus", "-c")
    {
        Description = "Folder of articles (default: the nearest seeds/ folder from here upwards)",
    };

    public static Option<bool> Strict() => new("--strict")
    {
        Description = "Exit with code 3 when any input problem was found",
    };
}
