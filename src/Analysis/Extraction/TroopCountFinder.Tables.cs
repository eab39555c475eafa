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

    // The country a table row names right before its number: "Kenya (1,000)", "Japan - 53,700", "Rwanda: 5,136", "Austria, 38"; null
    // when none.
    private static CountryMention? RowCountry(string text, int start, Quantity q, IReadOnlyList<CountryMention> countries)
    {
        var at = q.Span.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (at == start || text[at - 1] is not ('(' or '-' or '–' or '—' or ':' or ',')) return null;
        at--;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        foreach (var c in countries)
            if (c.Span.End == at && !c.IsDemonym) return c;
        return null;
    }

    // A row of a list of at least two countries with their figures, each closed by ")", ",", ";" or the sentence's end, in a
    // sentence about troops or one that says what the list counts ("Pledges so far: Kenya (1,000), Jamaica (200)").
    // Fact boxes and infoboxes write the country bare before its number, one cell after another ("Strength: Panama 16,000+ |
    // United States 27,684+"), or one row a line under a line about troops ("Here is a table by country of military forces in
    // Iraq." / "Britain 8,930" / "Albania 73"): a line that is one such row alone leans on the passage (troopsBefore).
    // rows: the sentence's count of rows (up to two), counted at its first row and kept by the caller for the others.
    private bool CountryTableRow(string text, int start, int end, Quantity q, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries,
        ref int? rows, Func<bool> aboutTroops, Func<bool> troopsBefore)
    {
        if (countries.Count == 0 || !IsTableRow(text, start, end, q, countries)) return false;
        rows ??= CountryTableRows(text, start, end, quantities, countries);
        return (rows >= 2 && countries.Count >= 2 && (aboutTroops() || countryTableCues.Any(text, start, end)))
            || (rows == 1 && LoneRowLine(text, start, end, q, countries) && troopsBefore());
    }

    private static bool IsTableRow(string text, int start, int end, Quantity q, IReadOnlyList<CountryMention> countries) =>
        (RowCountry(text, start, q, countries) is not null && RowClosed(text, q.Span.End, end))
        || (CellCountry(text, start, q, countries) is not null && CellClosed(text, q.Span.End, end));

    // How many of the sentence's numbers are rows of a country table, counted up to two (all a table needs).
    private static int CountryTableRows(string text, int start, int end, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries)
    {
        var rows = 0;
        foreach (var q in quantities)
            if (IsTableRow(text, start, end, q, countries) && ++rows >= 2) break;
        return rows;
    }

    // The country that opens a cell of a fact box right before its number, with only white space between; the cell opens at
    // the line's start, after a label's colon, "|" or ";" ("Strength: Panama 16,000+ | United States 27,684+", "Britain
    // 8,930"). Null when none: "troops in Ukraine 3,000 ..." opens no cell.
    private static CountryMention? CellCountry(string text, int start, Quantity q, IReadOnlyList<CountryMention> countries)
    {
        var at = SourceText.SkipWhiteSpaceBack(text, q.Span.Start, start);
        if (at == q.Span.Start) return null;
        // "Uganda - 20,000 troops; Libya - 4,500 troops": an infobox's spaced dash between the country and its number.
        if (at - 1 > start && text[at - 1] is '-' or '–' or '—' && char.IsWhiteSpace(text[at - 2])) at = SourceText.SkipWhiteSpaceBack(text, at - 1, start);
        foreach (var c in countries)
            if (c.Span.End == at && !c.IsDemonym && !c.Possessive && CellOpensAt(text, start, c.Span.Start)) return c;
        return null;
    }

    private static bool CellOpensAt(string text, int start, int at)
    {
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        return at == start || text[at - 1] is '|' or ';' or ':' or '\n';
    }

    // A cell closes after its number, or after a few words of what it counts ("19 killed, 116 wounded |", "21 military police |",
    // "42,600+ military personnel"), at "|", ";", ",", a line's or the sentence's end.
    // A footnote mark right after the number ("Iraq 5,200*", "Syria 2,000†": "* approximate, as of Oct. 31") closes nothing.
    private static bool CellClosed(string text, int at, int end)
    {
        while (at < end && text[at] is '*' or '†' or '‡') at++;
        var limit = Math.Min(end, at + CellWordsLength);
        while (at < limit && ((char.IsWhiteSpace(text[at]) && text[at] != '\n') || char.IsLower(text[at]) || text[at] == '-')) at++;
        return at >= end || text[at] is '|' or ';' or ',' or '\n';
    }

    // The country of the table row that holds the number at q: its own row's, or the row's it follows in the same cell, with no
    // "|", ";", line's end or other country between ("Cuba 25 killed, 59 wounded, 638 captured"); null when none.
    private static CountryMention? TableCellCountry(string text, int start, int end, Quantity q, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries)
    {
        for (var k = quantities.Count - 1; k >= 0; k--)
        {
            var r = quantities[k];
            if (r.Span.Start > q.Span.Start) continue;
            if (text.AsSpan(r.Span.End, Math.Max(r.Span.End, q.Span.Start) - r.Span.End).ContainsAny(CellBreaks)
                || countries.Any(c => c.Span.Start >= r.Span.End && c.Span.End <= q.Span.Start)) return null;
            if (!IsTableRow(text, start, end, r, countries)) continue;
            return RowCountry(text, start, r, countries) ?? CellCountry(text, start, r, countries);
        }
        return null;
    }

    private static readonly System.Buffers.SearchValues<char> CellBreaks = System.Buffers.SearchValues.Create("|;\n");

    // "6,369 all ranks, made up as follows: United Kingdom, 2,719; Canada, 1,087": a whole broken down into the parts of two or
    // more countries right after it is none of theirs; the first row's country, named only after the whole, is not its owner.
    private static void WholeOfCountryRows(List<FigureCandidate> result, IReadOnlyList<CountryMention> countries)
    {
        for (var i = 0; i + 2 < result.Count; i++)
        {
            if (result[i].Kind == TroopKind.Subset || result[i].Subject is not { } owner || result[i + 1].Kind != TroopKind.Subset) continue;
            var last = i + 1;
            while (last + 1 < result.Count && result[last + 1].Kind == TroopKind.Subset) last++;
            var owners = result.Skip(i + 1).Take(last - i).Select(r => r.Subject).Distinct().ToList();
            if (owners.Count < 2 || owners.Contains(null) || !owners.Contains(owner)) continue;
            if (countries.Any(c => c.Country.Name == owner && c.Span.Start < result[i].Quantity.Span.Start)) continue;
            result[i] = result[i] with { Subject = null };
        }
    }

    // How far a cell's words may run after its number ("military personnel", "killed", "staff officers").
    private const int CellWordsLength = 30;

    // A line that is one row alone: the country opens the sentence and its number (with a few words of what it counts) closes it
    // ("Britain 8,930", "Italy: 3,160").
    private static bool LoneRowLine(string text, int start, int end, Quantity q, IReadOnlyList<CountryMention> countries) =>
        (CellCountry(text, start, q, countries) ?? RowCountry(text, start, q, countries)) is { } c && c.Span.Start == start
        && RowEndsSentence(text, q.Span.End, end);

    private static bool RowEndsSentence(string text, int at, int end)
    {
        var limit = Math.Min(end, at + CellWordsLength);
        while (at < limit && (char.IsWhiteSpace(text[at]) || char.IsLower(text[at]) || text[at] is '-' or '.' or '*' or '†' or '‡')) at++;
        return at >= end;
    }

    private static bool RowClosed(string text, int at, int end)
    {
        while (at < end && (char.IsWhiteSpace(text[at]) || text[at] is '*' or '†' or '‡')) at++;
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
    // figure of the sentence, or of the sentence before when a pronoun of this one points back to it ("The bulk of them, 1,500,
    // were in Uruzgan").
    private bool FrontedPartBeforeComma(string text, int start, Quantity q, List<(Quantity Q, TextSpan Span, bool Anchored)> found, bool pointsBack)
    {
        var at = q.Span.Start;
        at = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (at == start || text[at - 1] != ',') return false;
        return frontedParts.StartOfPhraseBefore(text, start, at - 1) is var part and >= 0 && (SureFigureBefore(found, part) || pointsBack);
    }
}
