namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Whether the clause after people counted by nationality says they fight or serve in an army: "200 Nepali nationals to
/// fight in Ukraine", "155 Chinese citizens were fighting for Russia", "20 Indian nationals remained in the Russian army".
/// The clause runs to the next comma, semicolon, colon or bracket, at most <see cref="Reach"/> characters; a word of not
/// serving in it ("stranded", "came home", "rescued") outweighs a word of serving ("stranded on the front line").
/// </summary>
internal sealed class ServiceClause
{
    private const int Reach = 80;
    private readonly PhraseMatcher serving, notServing;

    private ServiceClause(Lexicon lexicon)
    {
        serving = PhraseMatcher.Of(lexicon, ["service_cues"]);
        notServing = PhraseMatcher.Of(lexicon, ["service_blockers"]);
    }

    public static ServiceClause Of(Lexicon lexicon) => new(lexicon);

    /// <summary>Whether the clause that opens at text[from] (and ends by <paramref name="end"/>) says its people serve.</summary>
    public bool Says(string text, int from, int end)
    {
        var limit = ClauseEnd(text, from, end);
        return serving.Any(text, from, limit) && !notServing.Any(text, from, limit);
    }

    /// <summary>Whether that clause says its people are not serving: back home, stranded, rescued.</summary>
    public bool Denies(string text, int from, int end) => notServing.Any(text, from, ClauseEnd(text, from, end));

    private static int ClauseEnd(string text, int from, int end)
    {
        var limit = Math.Min(end, from + Reach);
        var clauseEnd = text.AsSpan(from, limit - from).IndexOfAny(",;:()");
        return clauseEnd >= 0 ? from + clauseEnd : limit;
    }
}
