namespace Analysis.Corpus;

/// <summary>1-based line numbers of byte offsets in a UTF-8 file, by binary search over the line starts: how a
/// JSON sidecar's problem names its line.</summary>
internal sealed class LineIndex(byte[] bytes)
{
    private readonly List<long> starts = Starts(bytes);

    public int Of(long offset)
    {
        var i = starts.BinarySearch(offset);
        return (i >= 0 ? i : ~i - 1) + 1;
    }

    private static List<long> Starts(byte[] bytes)
    {
        var starts = new List<long> { 0 };
        for (var i = 0; i < bytes.Length; i++)
            if (bytes[i] == '\n' || (bytes[i] == '\r' && (i + 1 >= bytes.Length || bytes[i + 1] != '\n')))
                starts.Add(i + 1);
        return starts;
    }
}
