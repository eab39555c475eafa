namespace Analysis.Extraction;

using System.Runtime.CompilerServices;
using Analysis.Vocabulary;

/// <summary>
/// How far a verb of change may stand before the "from" of "from X to Y" and still govern it: at most
/// <c>change_from_near_reach</c> characters; or at most <c>change_from_verb_reach</c> past its object when no comma and no
/// word of another clause (<c>change_from_clause_words</c>, <c>clause_verbs</c>) stand between ("will raise the number of its
/// troops on high readiness from 40,000 to 300,000", not "increased its presence last year and now keeps from 3,000 to
/// 5,000"). The numbers' own reading (Quantities) and the status of a figure (FigureStatus) ask the same question.
/// </summary>
internal sealed class ChangeVerbReach
{
    private static readonly ConditionalWeakTable<Lexicon, ChangeVerbReach> Cache = new();
    private readonly int near;
    private readonly PhraseMatcher clauseWords;

    private ChangeVerbReach(Lexicon lexicon)
    {
        (Far, near) = (lexicon.Setting("change_from_verb_reach"), lexicon.Setting("change_from_near_reach"));
        clauseWords = PhraseMatcher.Of(lexicon, ["change_from_clause_words", "clause_verbs"]);
    }

    /// <summary>The farthest a verb may stand from "from", in characters.</summary>
    public int Far { get; }

    public static ChangeVerbReach For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new ChangeVerbReach(l));

    /// <summary>Whether a verb that ends at <paramref name="verbEnd"/> reaches the "from" at <paramref name="from"/>.</summary>
    public bool Reaches(string text, int verbEnd, int from)
    {
        var between = text.AsSpan(verbEnd, from - verbEnd);
        return between.Length <= near || (between.Length <= Far && between.IndexOf(',') < 0 && !clauseWords.Any(text, verbEnd, from));
    }
}
