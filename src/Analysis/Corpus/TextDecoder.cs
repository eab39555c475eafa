using System.Buffers;
using System.Text;

namespace Analysis.Corpus;

/// <summary>
/// Decodes an article's bytes. A byte-order mark decides (UTF-8, UTF-16 LE/BE); otherwise the bytes
/// must be valid UTF-8, and text that is not is read as Windows-1252, the usual encoding of text
/// saved from older Windows tools (curly quotes, accented letters). Binary data (NUL bytes, many
/// control characters) is refused, anywhere in the file.
/// </summary>
public static class TextDecoder
{
    // The code pages are registered only when a file needs Windows-1252: registering them costs a one-article run
    // a few milliseconds at start, and almost every file is UTF-8.
    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

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
        if (LooksBinary(bytes, out var why))
        {
            error = why;
            return false;
        }
        if (Decode(StrictUtf8, bytes, "UTF-8", out text, out encoding, out _)) return true;
        text = Windows1252.Value.GetString(bytes);
        encoding = "Windows-1252";
        return true;
    }

    /// <summary>The decoded text; throws <see cref="InvalidDataException"/> where <see cref="TryDecode"/> says why not.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes) =>
        TryDecode(bytes, out var text, out _, out var error) ? text : throw new InvalidDataException(error);

    /// <summary>The byte offset and 1-based line of the first byte that is not valid UTF-8, if any.</summary>
    internal static (int Offset, int Line)? FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        Span<char> buffer = stackalloc char[4096];
        var offset = 0;
        while (offset < bytes.Length)
        {
            var status = System.Text.Unicode.Utf8.ToUtf16(bytes[offset..], buffer, out var read, out _, replaceInvalidSequences: false, isFinalBlock: true);
            offset += read;
            if (status == System.Buffers.OperationStatus.Done) return null;
            if (status != System.Buffers.OperationStatus.DestinationTooSmall) return (offset, LineOf(bytes, offset));
        }
        return null;
    }

    // 1-based line of a byte offset; "\r\n", "\n" and a lone "\r" end a line, as in the parser.
    private static int LineOf(ReadOnlySpan<byte> bytes, int offset)
    {
        var before = bytes[..offset];
        var line = 1 + before.Count((byte)'\n');
        for (var i = before.IndexOf((byte)'\r'); i >= 0; i = NextIndexOf(before, (byte)'\r', i + 1))
            if (i + 1 >= bytes.Length || bytes[i + 1] != (byte)'\n') line++;
        return line;
    }

    private static int NextIndexOf(ReadOnlySpan<byte> bytes, byte value, int from)
    {
        var i = bytes[from..].IndexOf(value);
        return i < 0 ? -1 : from + i;
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

    // Text has no NUL bytes and few control characters. The whole file is checked (both scans are
    // vectorised or trivial, milliseconds for tens of megabytes), so junk after a text start is caught.
    // Control bytes that text does not hold: below 0x20 except tab, line feed, form feed and carriage return (NUL is looked for first).
    private static readonly SearchValues<byte> ControlBytes =
        SearchValues.Create([.. Enumerable.Range(1, 0x1F).Where(b => b is not ('\n' or '\r' or '\t' or 0x0C)).Select(b => (byte)b)]);

    private static bool LooksBinary(ReadOnlySpan<byte> bytes, out string? why)
    {
        why = null;
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            why = LooksLikeUtf16WithoutBom(bytes)
                ? "looks like UTF-16 without a byte-order mark; save it as UTF-8 (or UTF-16 with a BOM)"
                : $"looks like binary data, not text (NUL byte at offset {nul})";
            return true;
        }
        // Text has none at all as a rule: one vectorized search answers for most files without a count.
        var first = bytes.IndexOfAny(ControlBytes);
        var control = 0;
        if (first >= 0)
            foreach (var b in bytes[first..])
                if (ControlBytes.Contains(b)) control++;
        if (bytes.Length > 0 && control > bytes.Length / 20)
        {
            why = $"looks like binary data, not text ({control} control bytes in {bytes.Length})";
            return true;
        }
        return false;
    }

    // ASCII text in UTF-16 has a NUL in every other byte; binary data does not keep that rhythm.
    private static bool LooksLikeUtf16WithoutBom(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..(Math.Min(bytes.Length, 4096) & ~1)];
        if (sample.Length < 4) return false;
        int evenNul = 0, oddNul = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0) evenNul++;
            if (sample[i + 1] == 0) oddNul++;
        }
        var pairs = sample.Length / 2;
        return (evenNul > pairs * 9 / 10 && oddNul == 0) || (oddNul > pairs * 9 / 10 && evenNul == 0);
    }
}
