using System.Text;
using Plotly.NET;

namespace Analysis.Report;

/// <summary>
/// The plotly.js bundle that ships inside Plotly.NET's assembly, so pages and notebook outputs can
/// embed it and draw with no network.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Bundle = new(Read);
    private static readonly Lazy<byte[]?> BundleUtf8 = new(Utf8Bytes);

    /// <summary>The minified plotly.js source (about 3.6 MB).</summary>
    public static string Source => Bundle.Value;

    /// <summary>The bundle's version, from its resource name (e.g. "2.28.0").</summary>
    public static string Version => ResourceName()["Plotly.NET.plotly-".Length..^".min.js".Length];

    /// <summary>The source made safe inside a &lt;script&gt; element: no "&lt;/script" (in any case) can end it early.</summary>
    public static string ScriptSafeSource() => Source.Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Writes <see cref="ScriptSafeSource"/> in UTF-8 without a byte order mark. When the resource is valid UTF-8 with
    /// no "&lt;/script" in it (the bundle as shipped), that is the resource's own bytes, copied without being decoded
    /// and encoded again (the bundle is a report's largest piece); otherwise the string is encoded.
    /// </summary>
    public static void WriteScriptSafe(Stream output)
    {
        if (BundleUtf8.Value is { } bytes) output.Write(bytes);
        else output.Write(new UTF8Encoding(false).GetBytes(ScriptSafeSource()));
    }

    private static string Read()
    {
        using var stream = Resource();
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    // The resource's bytes, its UTF-8 byte order mark left out, when they are exactly ScriptSafeSource in UTF-8:
    // valid UTF-8 (so decoding and encoding again gives them back), no other byte order mark (StreamReader would
    // read UTF-16 or UTF-32), and no "</" followed by "script" in any case (so the replacement changes nothing).
    private static byte[]? Utf8Bytes()
    {
        using var stream = Resource();
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        ReadOnlySpan<byte> text = bytes;
        if (text.StartsWith(Encoding.UTF8.Preamble)) text = text[3..];
        else if (text.StartsWith(Encoding.BigEndianUnicode.Preamble) || text.StartsWith(Encoding.Unicode.Preamble)
                 || text.StartsWith(new UTF32Encoding(bigEndian: true, byteOrderMark: true).Preamble)) return null;
        if (!System.Text.Unicode.Utf8.IsValid(text)) return null;
        for (var rest = text; rest.IndexOf("</"u8) is var at and >= 0; rest = rest[(at + 2)..])
        {
            // The six characters after "</" take at most 24 bytes; a sequence cut at the end decodes past them.
            var after = rest[(at + 2)..];
            if (Encoding.UTF8.GetString(after[..Math.Min(after.Length, 24)]).StartsWith("script", StringComparison.OrdinalIgnoreCase)) return null;
        }
        return text.Length == bytes.Length ? bytes : text.ToArray();
    }

    private static Stream Resource() =>
        typeof(GenericChart).Assembly.GetManifestResourceStream(ResourceName())
            ?? throw new InvalidOperationException("plotly.js is missing from the Plotly.NET assembly.");

    private static string ResourceName() =>
        typeof(GenericChart).Assembly.GetManifestResourceNames()
            .Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
}
