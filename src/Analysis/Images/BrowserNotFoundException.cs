namespace Analysis.Images;

/// <summary>No chromium-family browser was found for image export; the message names every place searched.</summary>
public sealed class BrowserNotFoundException(IReadOnlyList<string> searched)
    : Exception(
        "No chromium browser found for image export. Searched: " + string.Join(", ", searched) + ". " +
        "Install Debian's chromium (`apt-get install chromium`, which scripts/setup.sh does) " +
        "or set CHROMIUM_PATH to a chromium or chrome executable.")
{
    /// <summary>The environment variable and executables looked for, in order.</summary>
    public IReadOnlyList<string> Searched { get; } = searched;
}
