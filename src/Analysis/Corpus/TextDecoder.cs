using System.Text;

namespace Analysis;

/// <summary>
/// Decodes an article's bytes. A byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise the bytes
/// must be valid UTF-8, and text that is not is read as Windows-1252, the usual encoding of text
/// saved from older Windows tools (curly quotes, accented letters). Binary data is refused.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text and the name of the encoding it was read with, or an error saying why not.</summary>
    public static bool TryDecode(ReadOnlySpan<byte> bytes, out string text, out string encoding, out string? error)
    {
        text = "";
        error = null;
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
            return Decode(StrictUtf8, bytes[3..], "UTF-8 with BOM", out text, out encoding, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
            return Decode(new UnicodeEncoding(false, false, true), bytes[2..], "UTF-16 LE", out text, out encoding, out error);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
            return Decode(new UnicodeEncoding(true, false, true), bytes[2..], "UTF-16 BE", out text, out encoding, out error);

        encoding = "UTF-8";
        if (LooksBinary(bytes))
        {
            error = "looks like binary data, not text";
            return false;
        }
        if (Decode(StrictUtf8, bytes, "UTF-8", out text, out encoding, out _)) return true;
        text = Encoding.GetEncoding(1252).GetString(bytes);
        encoding = "Windows-1252";
        return true;
    }

    private static bool Decode(Encoding decoder, ReadOnlySpan<byte> bytes, string name, out string text, out string encoding, out string? error)
    {
        encoding = name;
        error = null;
        try
        {
            text = decoder.GetString(bytes);
            if (text.Contains('\0'))
            {
                error = $"contains NUL characters after decoding as {name}: binary data, not text";
                return false;
            }
            return true;
        }
        catch (DecoderFallbackException e)
        {
            text = "";
            error = $"is not valid {name} (byte {e.Index})";
            return false;
        }
    }

    // Text has no NUL bytes and few control characters; a sample of the start decides.
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.Contains((byte)0)) return true;
        var control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b is not ((byte)'\n' or (byte)'\r' or (byte)'\t' or 0x0C)) control++;
        return sample.Length > 0 && control > sample.Length / 20;
    }
}
