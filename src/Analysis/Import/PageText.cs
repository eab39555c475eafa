using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Import;

using Analysis.Corpus;

/// <summary>
/// The text of a page's or feed's bytes, in the encoding it says it is in, as a browser decides it:
/// a byte-order mark first, then the server's charset, then the page's own
/// <c>&lt;meta charset&gt;</c> (or an XML declaration's encoding) near the top, else UTF-8, else
/// Windows-1252 (<see cref="TextDecoder"/>). Binary data is refused.
/// </summary>
internal static partial class PageText
{
    static PageText() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<name>[\w.:-]+)|<\?xml[^>]+encoding\s*=\s*[""'](?<name>[\w.:-]+)", RegexOptions.IgnoreCase)]
    private static partial Regex DeclaredCharset();

    public static bool TryDecode(byte[] bytes, string? serverCharset, out string text, out string? error)
    {
        var hasBom = bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]) || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])
            || bytes.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        if (!hasBom)
        {
            var head = Encoding.ASCII.GetString(bytes, 0, Math.Min(bytes.Length, 2048));
            var declared = serverCharset ?? (DeclaredCharset().Match(head) is { Success: true } m ? m.Groups["name"].Value : null);
            if (declared is not null && Known(declared) is { } encoding && encoding.CodePage != Encoding.UTF8.CodePage)
            {
                text = encoding.GetString(bytes);
                error = text.Contains('\0') ? "holds binary data, not a web page or feed" : null;
                return error is null;
            }
        }
        return TextDecoder.TryDecode(bytes, out text, out _, out error);
    }

    private static Encoding? Known(string name)
    {
        try
        {
            // Browsers read "iso-8859-1" and "us-ascii" as Windows-1252, its superset; so does the kit.
            return name.Trim().ToLowerInvariant() is "iso-8859-1" or "latin1" or "us-ascii" or "ascii" ? Encoding.GetEncoding(1252) : Encoding.GetEncoding(name.Trim());
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
