namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

internal sealed partial class TroopCountFinder
{
    // "a 1,500-strong NATO battlegroup", "the 7,000-strong ECOWAS force", "a 2,500-member multinational force", "a NATO force of
    // 4,000": a figure that sizes a force named by an alliance, bloc or mission the gazetteer knows with no country (or by a word
    // of multinational_force_heads) is the total of several states, whichever country the sentence names as leading it or
    // sending a part ("Germany heads about half of a 1,500-strong NATO battlegroup").
    private bool SizesForceOfSeveral(string text, int start, int end, FigureCandidate figure, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        var q = figure.Quantity.Span;
        // The figure as a compound adjective before its head ("1,500-strong", "60,000-troop"): the head right after it.
        if (q.End < text.Length && text[q.End] == '-')
        {
            var head = SourceText.SkipWhiteSpace(text, figure.Span.End);
            if (head >= end) return false;
            if (kindWords.MultinationalForceHeads.FindAtStart(text, head, end).Count > 0) return true;
            // "the 8,000-strong force", "a 2,500-member enabling force": a bare force noun sized in a text that has named a force
            // of several states before the figure's sentence is that force, as "the force" is (multinational_force_anaphors).
            // The force noun first: only after one is the whole text read for a force of several.
            if (start > 0 && sizedForceNouns.EndOfPhraseAt(text, head, end) is var sized and > 0
                && (sized >= text.Length || !CueIndex.IsWordCharacter(text[sized])) && start >= SeveralNamedBy(text)) return true;
            return CountrylessBodyAt(head, sources) is var name and >= 0 && ForceNounAfter(text, name, end);
        }
        // "a NATO force of 4,000": the name right before a force noun right before "of".
        if (actionOf.StartOfPhraseBefore(text, start, q.Start) is not (var of and >= 0)) return false;
        if (forceNouns.StartOfPhraseBefore(text, start, of) is not (var noun and >= 0)) return false;
        foreach (var (span, entry) in sources ?? [])
            if (Countryless(entry) && span.End <= noun && span.Start >= start && SourceText.IsWhiteSpace(text, span.End, noun)) return true;
        return false;
    }

    // An alliance, bloc or mission of the gazetteer with no country of its own.
    private static bool Countryless(GazetteerEntry entry) => entry.Country is null && entry.Kind is SourceKind.Military or SourceKind.Other;

    // Where the countryless body that starts at `at` ends, or -1.
    private static int CountrylessBodyAt(int at, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var (span, entry) in sources ?? [])
            if (span.Start == at && Countryless(entry)) return span.End;
        return -1;
    }

    // A force noun right after `at`, or after one word more ("NATO enabling force").
    private bool ForceNounAfter(string text, int at, int end)
    {
        if (forceNouns.EndOfPhraseAt(text, at, end) > 0) return true;
        var next = SourceText.WordEnd(text, SourceText.SkipWhiteSpace(text, at));
        return next < end && forceNouns.EndOfPhraseAt(text, next, end) > 0;
    }
}
