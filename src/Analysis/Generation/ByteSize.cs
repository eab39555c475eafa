using System.Globalization;

namespace Analysis.Generation;

/// <summary>
/// Sizes as people type them: "100MB", "400 mb", "1.5GB", "64KB", "2048" (bytes). Units are binary,
/// as the loader's own limits are: 1 KB = 1024 bytes, 1 MB = 1024 KB, 1 GB = 1024 MB.
/// </summary>
public static class ByteSize
{
    private static readonly string[] Units = ["b", "k", "kb", "kib", "m", "mb", "mib", "g", "gb", "gib"];

    public static bool TryParse(string? text, out long bytes)
    {
        bytes = 0;
        var rest = text.AsSpan().Trim();
        // Digits, then optionally a point and digits: "100", "1.5".
        var digits = rest.IndexOfAnyExceptInRange('0', '9');
        if (digits < 0) digits = rest.Length;
        if (digits > 0 && digits + 1 < rest.Length && rest[digits] == '.' && char.IsAsciiDigit(rest[digits + 1]))
        {
            digits++;
            while (digits < rest.Length && char.IsAsciiDigit(rest[digits])) digits++;
        }
        if (digits == 0) return false;
        var number = double.Parse(rest[..digits], CultureInfo.InvariantCulture);
        var unit = rest[digits..].TrimStart();
        if (unit.Length > 0 && !IsUnit(unit)) return false;
        var scale = (unit.Length > 0 ? char.ToLowerInvariant(unit[0]) : 'b') switch
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

    private static bool IsUnit(ReadOnlySpan<char> text)
    {
        foreach (var unit in Units)
            if (text.Equals(unit, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    public static long Parse(string text) =>
        TryParse(text, out var bytes) ? bytes : throw new FormatException($"'{text}' is not a size; write it like 100MB, 400 MB or 1.5GB.");

    /// <summary>Bytes as megabytes with one decimal: "100.0 MB".</summary>
    public static string Megabytes(long bytes) => (bytes / (1024d * 1024)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
