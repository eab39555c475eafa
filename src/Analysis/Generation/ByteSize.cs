using System.Globalization;
using System.Text.RegularExpressions;

namespace Analysis.Generation;

/// <summary>
/// Sizes as people type them: "100MB", "400 mb", "1.5GB", "64KB", "2048" (bytes). Units are binary,
/// as the loader's own limits are: 1 KB = 1024 bytes, 1 MB = 1024 KB, 1 GB = 1024 MB.
/// </summary>
public static partial class ByteSize
{
    [GeneratedRegex(@"^\s*(?<n>\d+(?:\.\d+)?)\s*(?<u>b|k|kb|kib|m|mb|mib|g|gb|gib)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        if (text is null || Pattern().Match(text) is not { Success: true } m) return false;
        var number = double.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);
        var scale = char.ToLowerInvariant(m.Groups["u"].Success ? m.Groups["u"].Value[0] : 'b') switch
        {
            'k' => 1024d,
            'm' => 1024d * 1024,
            'g' => 1024d * 1024 * 1024,
            _ => 1d,
        };
        var value = number * scale;
        if (value > long.MaxValue / 2) return false;
        bytes = (long)Math.Round(value);
        return true;
    }

    public static long Parse(string text) =>
        TryParse(text, out var bytes) ? bytes : throw new FormatException($"'{text}' is not a size; write it like 100MB, 400 MB or 1.5GB.");

    /// <summary>Bytes as megabytes with one decimal: "100.0 MB".</summary>
    public static string Megabytes(long bytes) => (bytes / (1024d * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
