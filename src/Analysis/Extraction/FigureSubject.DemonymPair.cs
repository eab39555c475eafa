namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// "Russian and North Korean forces, about 50,000 in all, were massing", "Russian and North Korean troops, numbering about
/// 50,000": a figure set right after a troop or force noun that two demonyms of different countries joined by a coordinator
/// qualify counts the troops of both, no single owner (the nearer demonym is not theirs alone).
/// </summary>
internal sealed partial class TroopCountFinder
{
    // How far after the noun the figure may stand (an aside: ", about", ", numbering about", " of about").
    private const int DemonymPairReach = 30;

    private bool AfterDemonymPairForce(string text, int start, int at, IReadOnlyList<CountryMention> countries)
    {
        CountryMention? previous = null, last = null;
        foreach (var c in countries)
        {
            if (c.Span.End > at) break;
            (previous, last) = (last, c);
        }
        if (previous is not { IsDemonym: true } first || last is not { IsDemonym: true } second || first.Country.Name == second.Country.Name
            || !Joined(text, first.Span.End, second.Name.Start) || !Spaced(text, second.Span.End))
            return false;
        var word = PhraseLiteral.SkipWhiteSpace(text, second.Span.End, at);
        var noun = forceNouns.EndOfPhraseAt(text, word, at) is var f and > 0 ? f : troopNouns.EndOfPhraseAt(text, word, at);
        return noun > 0 && at - noun <= DemonymPairReach && text.AsSpan(noun, at - noun).IndexOfAny(".;:") < 0;
    }
}
