namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Figures set out as a list or a table, and parts named before their number: "Kenya (1,000), Jamaica (200)",
/// "Japan - 53,700; Germany - 35,000", "the bulk of them, about 35,000".
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases frontedParts, troopThings, anaphorOpeners, sentParticiples, populationHeads;
    private readonly PhraseMatcher countryTableCues, pledgeTableCues;

    // "100 troop tents", "40 troop carriers": the number counts things troops use, not troops (list troop_things).
    private bool TroopThingAfter(string text, int at, int end) =>
        Spaced(text, at) && troopThings.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) > 0;

    // The country a table row names right before its number: "Kenya (1,000)", "Japan - 53,700", "Rwanda: 5,136"; null when none.
    private static CountryMention? RowCountry(string text, int start, Quantity q, IReadOnlyList<CountryMention> countries)
    {
        var at = q.Span.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (at == start || text[at - 1] is not ('(' or '-' or '–' or '—' or ':')) return null;
        at--;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        foreach (var c in countries)
            if (c.Span.End == at && !c.IsDemonym) return c;
        return null;
    }

    // A row of a list of at least two countries with their figures, each closed by ")", ",", ";" or the sentence's end, in a
    // sentence about troops or one that says what the list counts ("Pledges so far: Kenya (1,000), Jamaica (200)").
    // rows: the sentence's count of rows (up to two), counted at its first row and kept by the caller for the others.
    private bool CountryTableRow(string text, int start, int end, Quantity q, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries,
        ref int? rows, Func<bool> aboutTroops)
    {
        if (countries.Count < 2 || RowCountry(text, start, q, countries) is null || !RowClosed(text, q.Span.End, end)) return false;
        rows ??= CountryTableRows(text, start, end, quantities, countries);
        return rows >= 2 && (aboutTroops() || countryTableCues.Any(text, start, end));
    }

    // How many of the sentence's numbers are rows of a country table, counted up to two (all a table needs).
    private static int CountryTableRows(string text, int start, int end, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries)
    {
        var rows = 0;
        foreach (var q in quantities)
            if (RowCountry(text, start, q, countries) is not null && RowClosed(text, q.Span.End, end) && ++rows >= 2) break;
        return rows;
    }

    private static bool RowClosed(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at >= end || text[at] is ')' or ',' or ';' or '.';
    }

    /// <summary>
    /// Whether <paramref name="sentence"/> opens with a word for troops counted before it ("They", "Most of them", "The soldiers";
    /// list anaphor_openers) and names troops ("Most of them are assault troops", "They are mostly engineers").
    /// </summary>
    public bool OpensWithWordForTroops(string text, Sentence sentence, IReadOnlyList<CountryMention> countries) =>
        anaphorOpeners.EndOfPhraseAt(text, sentence.Start, sentence.End) > 0
        && (HasTroopWord(text, sentence.Start, sentence.End, countries) || possibleTroops.Any(text, sentence.Start, sentence.End));

    // A troop noun right before the number ("troops 11,000") and a colon, dash, comma or the sentence's end right after it; or a
    // troop word a few words before ("Marines in region 5,000: Pentagon") and a colon or dash after it.
    private bool HeadlineTroopNumber(string text, int start, int end, Quantity q)
    {
        var at = q.Span.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (at < q.Span.Start && troopNouns.StartOfPhraseBefore(text, start, at) >= 0)
            return RowClosed(text, q.Span.End, end) || ClauseEndsAt(text, q.Span.End, end);
        // "Marines in region 5,000: Pentagon": a place between, then the speaker after a colon or dash.
        return ClauseEndsAt(text, q.Span.End, end) && q.Span.End < end && PhraseBefore(troopWords, text, start, at, 40, "0123456789.,;:()\n");
    }

    private static bool ClauseEndsAt(string text, int at, int end)
    {
        while (at < end && char.IsWhiteSpace(text[at])) at++;
        return at >= end || text[at] is ':' or '–' or '—' or '-' or '|';
    }

    // "the bulk of them, about 35,000", "most of them, some 8,000": a part named before its number and a comma, after a troop
    // figure of the sentence.
    private bool FrontedPartBeforeComma(string text, int start, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found)
    {
        var at = q.Span.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (at == start || text[at - 1] != ',') return false;
        return frontedParts.StartOfPhraseBefore(text, start, at - 1) is var part and >= 0 && SureFigureBefore(found, part);
    }
}
