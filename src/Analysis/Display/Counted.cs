namespace Analysis.Display;

using System.Globalization;

/// <summary>A count with its noun, singular for one ("1 document", "2 documents"), as the kit's one-line summaries say it.</summary>
internal static class Counted
{
    /// <summary>"1 document", "0 documents", "1200 documents": <paramref name="noun"/> takes an "s" unless the count is one.</summary>
    public static string Of(int count, string noun) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");
}
