namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Whether a sentence speaks of the troops of several nations: a word of them ("the nearly 3,100 troops that ten countries put
/// forward", "more than 13,500 soldiers from 33 nations"; list multinational_nouns), a force of several states ("members of
/// the peacekeeping force"; multinational_force_heads), or an alliance or mission the gazetteer knows with no country
/// ("according to KFOR documentation"). A figure of no owner there is no later figure's country's (LaterOwner).
/// </summary>
internal sealed partial class TroopCountFinder
{
    public bool NamesSeveralNations(string text, Sentence sentence, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var m in kindWords.MultinationalNounsIn.Find(text, sentence.Start, sentence.End))
        {
            // "the West Bank", "West Africa": the word opens a name.
            var next = m.Span.End + 1;
            if (!(next < sentence.End && text[m.Span.End] == ' ' && char.IsUpper(text[next]))) return true;
        }
        if (kindWords.MultinationalForceHeads.Any(text, sentence.Start, sentence.End)) return true;
        foreach (var (_, entry) in sources ?? [])
            if (Countryless(entry)) return true;
        return false;
    }
}
