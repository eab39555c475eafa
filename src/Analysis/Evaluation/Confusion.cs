using System.Text;

namespace Analysis.Evaluation;

using Analysis.Extraction;

/// <summary>
/// How often a field of the matched figures had each expected value and each value the kit gave: the
/// diagonal is right, a row shows what an expected value was taken for.
/// </summary>
public sealed class Confusion<T> where T : struct, Enum
{
    private readonly int[,] counts;
    private readonly T[] values = Enum.GetValues<T>();

    public Confusion(string name)
    {
        Name = name;
        counts = new int[values.Length, values.Length];
    }

    public string Name { get; }

    public int this[T expected, T found] => counts[Array.IndexOf(values, expected), Array.IndexOf(values, found)];

    public int Total { get; private set; }

    public int Correct { get; private set; }

    public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;

    internal void Add(T expected, T found)
    {
        counts[Array.IndexOf(values, expected), Array.IndexOf(values, found)]++;
        Total++;
        if (EqualityComparer<T>.Default.Equals(expected, found)) Correct++;
    }

    /// <summary>The accuracy line and the table, expected values down, found values across.</summary>
    public string Describe()
    {
        var names = values.Select(v => EnumNames.ToSnake(v)).ToArray();
        var width = Math.Max(10, names.Max(n => n.Length) + 1);
        var text = new StringBuilder();
        text.AppendLine($"{Name,-12} accuracy {Accuracy:0.000} ({Correct}/{Total} found figures)");
        text.Append(' ', 4).Append($"{"expected \\ found",-18}");
        foreach (var name in names) text.Append(name.PadLeft(width));
        text.AppendLine();
        for (var row = 0; row < values.Length; row++)
        {
            text.Append(' ', 4).Append($"{names[row],-18}");
            for (var column = 0; column < values.Length; column++) text.Append(counts[row, column].ToString().PadLeft(width));
            text.AppendLine();
        }
        return text.ToString();
    }
}
