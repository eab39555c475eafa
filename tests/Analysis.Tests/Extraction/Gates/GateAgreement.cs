namespace Analysis.Tests.Extraction.Gates;

using System.Text.RegularExpressions;
using Analysis.Evaluation;
using Analysis.Generation;

/// <summary>
/// Holds a gate to the pattern it stands before: every text the pattern matches must pass the gate. Counts the texts the
/// pattern matched and those the gate turned away, so that a test can also say the gate is worth having.
/// </summary>
internal sealed class GateAgreement(Regex pattern, GateAgreement.Test mayMatch)
{
    public delegate bool Test(ReadOnlySpan<char> text);

    public int Matched { get; private set; }
    public int TurnedAway { get; private set; }

    /// <summary>The first ten texts the pattern matched and the gate turned away.</summary>
    public List<string> Missed { get; } = [];

    public void Check(ReadOnlySpan<char> text)
    {
        var gate = mayMatch(text);
        if (!gate) TurnedAway++;
        if (!pattern.IsMatch(text)) return;
        Matched++;
        if (!gate && Missed.Count < 10) Missed.Add(text.ToString());
    }

    /// <summary>The sentences of every dev-set passage and of the first <paramref name="generated"/> generated articles.</summary>
    public static IEnumerable<string> Sentences(int generated) =>
        DevSet.Load(TestData.DevSetPath).Items.SelectMany(i => i.ToDocument().Sentences).Select(s => s.Text)
            .Concat(CorpusGenerator.Articles(seed: 1).Take(generated).SelectMany(a => a.Text.Split('\n')));

    /// <summary>A phrase spaced and cased as the patterns allow: as listed, with double spaces, broken over lines, in capitals.</summary>
    public static string[] Written(string phrase) => [phrase, phrase.Replace(" ", "  "), phrase.Replace(" ", "\n"), phrase.ToUpperInvariant()];
}
