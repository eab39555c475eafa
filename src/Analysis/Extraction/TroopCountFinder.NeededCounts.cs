namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// What a force needs or a contributor gives, with no noun of its own: "The UN force is short of peacekeepers. The mission
/// would need 3,000 to hold the towns", "Washington would provide up to 25,000", "the surge could require 28,500". In a passage
/// about troops the number after such a verb (figures.json: need_verbs) counts them, unless supplies are named in its sentence
/// or the one before (supply_nouns: "short of artillery shells. Its gunners would need 200,000 a month").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases needVerbs;
    private readonly PhraseMatcher supplyNouns;

    // How far back from the sentence's start the sentence before it is looked for.
    private const int SupplySentenceReach = 300;

    // A verb of need_verbs right before the number at `at` (or before an object filler: "would need another 2,000"), and no
    // supply noun from the start of the sentence before to the end of this one.
    private bool NeededCount(string text, int start, int end, int at)
    {
        if (!VerbBefore(needVerbs, text, start, at)) return false;
        return !supplyNouns.Any(text, SentenceBefore(text, start), end);
    }

    // Where the sentence before the one that starts at `start` starts (within SupplySentenceReach; a paragraph break ends it).
    private static int SentenceBefore(string text, int start)
    {
        var floor = Math.Max(0, start - SupplySentenceReach);
        var at = start;
        while (at > floor && char.IsWhiteSpace(text[at - 1])) at--;
        if (at > floor && text[at - 1] is '.' or '!' or '?') at--;
        while (at > floor && text[at - 1] is not ('.' or '!' or '?' or '\n')) at--;
        return at;
    }
}
