namespace Analysis.Timeline;

/// <summary>
/// Where the words of a line start (runs of characters other than a space, as a summary counts words), read once: a
/// summary's long line is cut at phrase starts again and again, and the words before each cut are then counted by a
/// search in the starts, not by another walk over the line. One buffer per thread, so a line costs no allocation: the
/// starts hold until the next <see cref="Of"/> on the thread.
/// </summary>
internal sealed class WordStarts
{
    [ThreadStatic] private static WordStarts? current;

    private int[] starts = new int[64];

    /// <summary>The number of words of the line.</summary>
    public int Count { get; private set; }

    /// <summary>The starts of the words of <paramref name="line"/>, in this thread's buffer.</summary>
    public static WordStarts Of(ReadOnlySpan<char> line)
    {
        var read = current ??= new WordStarts();
        read.Count = 0;
        for (var at = 0; at < line.Length; at++)
        {
            if (line[at] == ' ' || at > 0 && line[at - 1] != ' ') continue;
            if (read.Count == read.starts.Length) Array.Resize(ref read.starts, 2 * read.Count);
            read.starts[read.Count++] = at;
        }
        return read;
    }

    /// <summary>How many words start before <paramref name="at"/>: the number of words of line[..at].</summary>
    public int Before(int at)
    {
        var (low, high) = (0, Count);
        while (low < high)
        {
            var middle = (low + high) >>> 1;
            if (starts[middle] < at) low = middle + 1;
            else high = middle;
        }
        return low;
    }
}
