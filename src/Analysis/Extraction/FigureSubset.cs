namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A part of the force just counted ("among them 300 officers", "including 500 special forces"): not a new estimate
/// of the whole. The words are the lexicon's (figures.json: subset_cues, subset_openers, subset_verbs, whole_openers, whole_anaphors).
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases partitiveWords, partJoiners, wholeQuantifiers, wholeOpeners, wholeAnaphors, wholeBefore, shareOfWhole, incrementWords;

    // "The force of 2,000 — among them 300 medics — arrived, and 500 soldiers followed": a part told in a dash aside that closes
    // before the next figure: the aside ends the part, and a figure after it is no other part (an em or en dash, or a hyphen
    // with spaces around, before the part in its sentence and again between the part and the figure).
    private bool AsideClosedBetween(string text, int sentenceStart, FigureCandidate part, int at) =>
        (DashIn(text, sentenceStart, part.Quantity.Span.Start) && DashIn(text, part.Span.End, at)) || CommaAsideClosed(text, part.Span.End, at);

    // "The 3,000 troops, among them 200 medics, arrived, and 700 soldiers left": past the comma after the part, the whole's
    // own verb (a word of clause_verbs), then a comma or "and" before the figure: the aside is closed and the figure opens a
    // clause of its own. ("among them 200 medics, mostly women, and 300 engineers" names no verb: another part.)
    private bool CommaAsideClosed(string text, int from, int at)
    {
        if (at <= from) return false;
        var comma = text.IndexOf(',', from, at - from);
        if (comma < 0) return false;
        var verb = PhraseLiteral.SkipWhiteSpace(text, comma + 1, at);
        if (clauseVerbs.EndOfPhraseAt(text, verb, at) is not (var verbEnd and > 0)) return false;
        var rest = text.AsSpan(verbEnd, at - verbEnd);
        return rest.IndexOfAny("0123456789") < 0 && (rest.Contains(',') || rest.Contains(" and ", StringComparison.Ordinal));
    }

    private static bool DashIn(string text, int from, int to)
    {
        for (var i = Math.Max(from, 1); i < to && i + 1 < text.Length; i++)
            if (text[i] is '—' or '–' || (text[i] == '-' && text[i - 1] == ' ' && text[i + 1] == ' ')) return true;
        return false;
    }

    // "roughly 900 of the peacekeepers", "300 of its instructors": the figure counts a part of a force.
    private bool Partitive(string text, Quantity q, TextSpan span) =>
        span.End > q.Span.End && partitiveWords.EndOfPhraseAt(text, q.Span.End, span.End) > 0;

    /// <summary>"3,000 more", "a further 500": whether a word of increment_words follows the figure's number (an addition, no part).</summary>
    public bool Increment(string text, FigureCandidate figure) =>
        Spaced(text, figure.Quantity.Span.End) && incrementWords.EndOfPhraseAt(text, figure.Quantity.Span.End, Math.Min(text.Length, figure.Quantity.Span.End + 16)) > 0;

    // "The force is about 16,000: some 10,000 troops and 6,000 sailors": a smaller figure right after a colon that follows
    // the figure before it breaks that one down; not one that adds to it (list increment_words: "sent 11,000 troops — 3,000
    // more in January").
    private bool Breakdown(string text, Quantity q, FigureCandidate? previous)
    {
        if (previous is null || previous.Quantity.Value is not { } whole || q.Value is not { } value || value >= whole) return false;
        if (q.Span.Start < previous.Span.End) return false;
        var gap = text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End);
        var between = gap.Trim();
        // (A hyphen set off by spaces is a typed dash: "killed 241 servicemen - 220 Marines, 18 sailors and three soldiers".)
        var spacedHyphen = between is "-" && gap.Length >= 3 && char.IsWhiteSpace(gap[0]) && char.IsWhiteSpace(gap[^1]);
        return (between is ":" or "—" or "–" || (between is "(" && BracketedRows(text, q.Span.End)) || spacedHyphen || RowNameAfterColon(between) || WordsBeforeColon(between, gap) || LeadThenFirstRow(between))
            && incrementWords.EndOfPhraseAt(text, q.Span.End, Math.Min(text.Length, q.Span.End + 16)) < 0;
    }

    // "peaked at 14,357 (8,515 soldiers, 5,842 Marines)": a bracket opened right after the whole holds its breakdown when a further
    // number follows a comma, ';' or "and" before the bracket closes (not "3,000 troops (2,500 in 2020)", a comparison).
    private static bool BracketedRows(string text, int from)
    {
        var close = text.IndexOf(')', from);
        if (close < 0 || close - from > 120) return false;
        var inside = text.AsSpan(from, close - from);
        foreach (var joiner in (ReadOnlySpan<string>)[",", ";", " and "])
            if (inside.IndexOf(joiner, StringComparison.Ordinal) is var at and >= 0 && inside[(at + joiner.Length)..].IndexOfAny("0123456789") >= 0)
                return true;
        return false;
    }

    // "519 soldiers under him: 40 officers, 81 NCOs and 389 enlisted men", "4,500 troops south of the Litani — two brigades",
    // "sent 47,872 military personnel to Vietnam under the four increments agreed with Washington: 2,128 in ...": a few words of
    // the whole's own (no figure, no mark; at most setting breakdown_lead_words) before the colon or dash that opens its breakdown.
    // ("241 American servicemen died - 220 Marines, 18 sailors and three soldiers": a hyphen set off by spaces is a typed dash.)
    private bool WordsBeforeColon(ReadOnlySpan<char> between, ReadOnlySpan<char> gap)
    {
        var mark = between.IndexOfAny(":—–");
        if (mark < 0 && between.EndsWith(" -") && gap.EndsWith("- ")) mark = between.Length - 1;
        if (mark <= 0 || !between[(mark + 1)..].Trim().IsEmpty) return false;
        var words = between[..mark].Trim();
        foreach (var c in words)
            if (!char.IsLetter(c) && c is not (' ' or '-' or '\'' or '’')) return false;
        return !words.IsEmpty && words.Count(' ') < kindWords.BreakdownLeadWords;
    }

    // ", made up as follows: United Kingdom,", "in the south, broken down by country: Kenya -": a few words that lead in a list (at
    // most seven, commas between them), its colon, then the first row's capitalized name and the mark that sets off its number
    // ("the strength of the Force was 6,369 all ranks, made up as follows: United Kingdom, 2,719; Canada, 1,087").
    private static bool LeadThenFirstRow(ReadOnlySpan<char> between)
    {
        if (between.StartsWith(",")) between = between[1..].TrimStart();
        var colon = between.IndexOf(':');
        if (colon <= 0) return false;
        var lead = between[..colon].Trim();
        foreach (var c in lead)
            if (!char.IsLetter(c) && c is not (' ' or ',')) return false;
        if (lead.IsEmpty || lead.Count(' ') >= 7) return false;
        var row = between[(colon + 1)..].Trim();
        if (row.Length > 0 && row[^1] is ',' or '-' or '(') row = row[..^1].TrimEnd();
        return CapitalizedName(row);
    }

    // Words that each open with a capital, at most three of them: a row's name ("United Kingdom", "Sierra Leone").
    private static bool CapitalizedName(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Count(' ') >= 3) return false;
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetter(c) && c is not (' ' or '-' or '.' or '\'' or '’')) return false;
            if ((i == 0 || name[i - 1] == ' ') && !char.IsUpper(c)) return false;
        }
        return true;
    }

    // ": Uganda", ": South Sudan": a colon, then the capitalized name of a table's first row ("to field 11,900 personnel: Uganda
    // 4,500, Ethiopia 2,500").
    private static bool RowNameAfterColon(ReadOnlySpan<char> between)
    {
        if (between.Length < 3 || between[0] != ':') return false;
        var name = between[1..].TrimStart();
        if (name.IsEmpty || !char.IsUpper(name[0])) return false;
        foreach (var c in name)
            if (!char.IsLetter(c) && c is not (' ' or '-' or '.' or '\'' or '’')) return false;
        return true;
    }

    // The whole a part is counted from: a phrase of whole_before right before the figure ("out of a total of 12,000"), or
    // one of whole_openers that opens the sentence and ends right before it ("Of the 11,000 troops sent, ...").
    private bool Whole(string text, int start, int segmentStart, Quantity q)
    {
        if (wholeBefore.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0) return true;
        // "Half of the 12,000 troops have been killed", "half of the roughly 11,000" (the hedge is the mention's).
        if (shareOfWhole.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0) return true;
        if (wholeOpeners.StartOfPhraseBefore(text, start, q.Span.Start) is not (var opener and >= 0)) return false;
        start = PastDateline(text, start, q.Span.Start);
        while (opener > start && !CueIndex.IsWordCharacter(text[opener - 1])) opener--;
        // ("Officials said that of the 11,000 troops sent, ...": a reported clause's "that" starts the clause the whole opens.)
        return opener == start || AfterOpenerLead(text, start, opener);
    }

    // Where a sentence's own words start past a wire dateline ("KYIV (Reuters) - ", "Los Angeles (EFE).- ", "SEOUL, Jan 13 (EFE)
    // - "): at most 60 characters of words that each open with a capital or a digit (anything inside brackets), then a dash set
    // off by a space after it (a point may stand before it). Else the sentence's start. ("Of the 13,468 soldiers ..., 3,991
    // moved" opens its sentence after such a dateline as much as at the start of a paragraph.)
    private static int PastDateline(string text, int start, int end)
    {
        var limit = Math.Min(end, start + 60);
        var depth = 0;
        for (var i = start; i + 1 < limit; i++)
        {
            var c = text[i];
            if (c == '(') depth++;
            else if (c == ')') depth--;
            else if (depth > 0) continue;
            else if (c is '-' or '—' or '–' && i > start && text[i + 1] == ' ' && text[i - 1] is ' ' or '.' or ')') return PhraseLiteral.SkipWhiteSpace(text, i + 1, end);
            else if (char.IsLetter(c) && (i == start || text[i - 1] is ' ' or '(' or '"') && !char.IsUpper(c)) return start;
        }
        return start;
    }

    // "Of the 11,900 personnel Esper listed, about 6,400 were to go back", "Of the U.S. troops stationed in Germany, 6,400
    // will return": the figure right after the comma that closes a sentence-opening whole (list whole_openers) that names
    // troops (a number or a troop noun: not "Of course, 500 soldiers ...") counts a part of that whole.
    // Four digits from 1900 to 2100 standing alone at text[i..]: a year.
    private static bool Year(string text, int i, int end) =>
        i + 4 <= end && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && int.TryParse(text.AsSpan(i, 4), out var year) && year is >= 1900 and <= 2100
        && (i + 4 == end || !char.IsLetterOrDigit(text[i + 4]) && !(text[i + 4] is ',' or '.' && i + 5 < end && char.IsDigit(text[i + 5])));

    private bool PartAfterWhole(string text, int start, Quantity q, TextSpan span)
    {
        var first = PastDateline(text, start, q.Span.Start);
        while (first < q.Span.Start && !CueIndex.IsWordCharacter(text[first])) first++;
        var opener = wholeOpeners.EndOfPhraseAt(text, first, q.Span.Start);
        // ("It is assessed that out of the third dispatch of 6,000 troops, around 1,000 ...": past a reported clause's "that".)
        if (opener <= 0)
            foreach (var lead in partWhole.OpenerLeads.Find(text, first, q.Span.Start))
            {
                var after = PhraseLiteral.SkipWhiteSpace(text, lead.Span.End, q.Span.Start);
                if (after > lead.Span.End && (opener = wholeOpeners.EndOfPhraseAt(text, after, q.Span.Start)) > 0) break;
            }
        if (opener <= 0) return false;
        // ", only about 4,000": the mention's hedge and a filler (list part_fillers) may stand after the comma.
        var at = Math.Min(span.Start, q.Span.Start);
        at = SourceText.SkipWhiteSpaceBack(text, at, opener);
        if (kindWords.PartFillers.StartOfPhraseBefore(text, opener, at) is var filler and >= 0) at = filler;
        var comma = at - 1;
        while (comma > opener && char.IsWhiteSpace(text[comma])) comma--;
        if (comma <= opener || text[comma] != ',') return false;
        // ("Of those, 1,200 are engineers": a word that points back at the force just counted is the whole.)
        if (wholeAnaphors.EndOfPhraseAt(text, opener, comma) is var anaphor and > 0 && text.AsSpan(anaphor, comma - anaphor).IsWhiteSpace()) return true;
        for (var i = opener; i < comma; i++)
        {
            // The whole's clause ends at the first comma that is not a digit group's.
            if (text[i] == ',' && char.IsWhiteSpace(text[i + 1])) return false;
            // "Of 2024's deployments, …": a year is no whole.
            if (char.IsDigit(text[i]) && !Year(text, i, comma)) return true;
            if (char.IsDigit(text[i])) i += 3;
            if (char.IsWhiteSpace(text[i - 1]) && CueIndex.IsWordCharacter(text[i]) && troopNouns.EndOfPhraseAt(text, i, comma) > 0) return true;
        }
        return false;
    }

    // "About 5,000 Australian peacekeepers were among the 11,000 UN troops", "The 700 are part of a 2,500-member force": a link of
    // later_whole_links right after the figure, then a number (at most one word before it: "the roughly 11,000") counts the
    // whole the figure is a part of. Not a rank among others ("were among the first to arrive"), nor a number that cannot hold
    // the figure: a year ("are part of the 2024 rotation") or one no larger than it ("were among the 3 battalions").
    private bool PartOfLaterWhole(string text, int end, Quantity q, TextSpan span)
    {
        if (!Spaced(text, span.End) || kindWords.LaterWholeLinks.EndOfPhraseAt(text, span.End, end) is not (var link and > 0) || !Spaced(text, link))
            return DistantWhole(text, end, q, span);
        return WholeAt(text, link, end, q);
    }

    // "plans to send another 6,000 soldiers, and 1,000 sappers of it have already arrived": a mention that "of it" or "of
    // them" (part_pronouns) follows right after is a part of the larger figure before it in the sentence.
    private bool PronounPart(string text, Quantity q, TextSpan span, int segmentEnd, FigureCandidate? previous) =>
        previous is { } whole && span.End > q.Span.End && Spaced(text, span.End) && kindWords.PartPronouns.EndOfPhraseAt(text, span.End, segmentEnd) > 0
        && (whole.Quantity.High ?? whole.Quantity.Value ?? 0) > (q.High ?? q.Value ?? double.MaxValue);

    // "Around 1,000 combat engineers have already reached Russia, the first part of a third dispatch of 6,000 troops": an
    // apposition after the figure's clause that opens with a lead of apposed_part_leads, then (at most 40 characters on, no
    // ',', ';' or ':' between) a larger number: the whole the figure is the first part of.
    private bool ApposedPartOfLaterWhole(string text, int end, Quantity q, TextSpan span)
    {
        var comma = text.IndexOf(',', span.End, end - span.End);
        if (comma < 0 || !Spaced(text, comma + 1) || kindWords.ApposedPartLeads.EndOfPhraseAt(text, comma + 1, end) is not (var lead and > 0)) return false;
        var stop = Math.Min(end, lead + 40);
        for (var at = lead; at < stop; at++)
        {
            if (text[at] is ',' or ';' or ':') return false;
            if (char.IsDigit(text[at])) return WholeAt(text, at, end, q);
        }
        return false;
    }

    // Where the whole's number starts past the link: at most one word ("the roughly 11,000"), a hedge ("at least 2,900"), or a few
    // words whose last before "of" names a force or a dispatch (whole_nouns_before_of: "a planned third dispatch of 6,000"), a
    // hedge after it ("a multinational force of about 1,500"). Else `at` itself.
    private int WholeNumberStart(string text, int at, int end)
    {
        if (at < end && partWhole.Hedges.EndOfPhraseAt(text, at, end) is var hedged and > 0) return PhraseLiteral.SkipWhiteSpace(text, hedged, end);
        if (at >= end || !char.IsLetter(text[at])) return at;
        var first = at;
        while (first < end && char.IsLetter(text[first])) first++;
        first = PhraseLiteral.SkipWhiteSpace(text, first, end);
        if (first < end && char.IsDigit(text[first])) return first;
        var i = at;
        for (var words = 0; words < 6 && i < end && char.IsLetter(text[i]); words++)
        {
            var wordStart = i;
            while (i < end && (char.IsLetter(text[i]) || text[i] is '-')) i++;
            if (i >= end || !char.IsWhiteSpace(text[i])) return first;
            var next = PhraseLiteral.SkipWhiteSpace(text, i, end);
            if (text.AsSpan(wordStart, i - wordStart) is "of" && words > 0 && next > i)
            {
                var noun = SourceText.SkipWhiteSpaceBack(text, wordStart, at);
                var nounStart = noun;
                while (nounStart > at && char.IsLetter(text[nounStart - 1])) nounStart--;
                if (partWhole.NounsBeforeOf.EndOfPhraseAt(text, nounStart, noun) != noun) return first;
                if (partWhole.Hedges.EndOfPhraseAt(text, next, end) is var hedge and > 0) next = PhraseLiteral.SkipWhiteSpace(text, hedge, end);
                return next;
            }
            i = next;
        }
        return first;
    }

    // A link of distant_whole_links later in the figure's clause (no ',', ';' or ':' before it), then the whole's number.
    private bool DistantWhole(string text, int end, Quantity q, TextSpan span)
    {
        var clauseEnd = ClauseEndAfter(text, span.End, end, end - span.End, ",;:");
        foreach (var hit in kindWords.DistantWholeLinks.Find(text, span.End, clauseEnd))
            if (Spaced(text, hit.Span.End) && WholeAt(text, hit.Span.End, end, q)) return true;
        return false;
    }

    // Whether the number after `link` (at most one word before it) is a whole the figure can be part of: not a ceiling that a
    // word of cap_after_whole follows ("650 troops are now in Iraq out of 770 authorized": the troops there, against their cap).
    private bool WholeAt(string text, int link, int end, Quantity q)
    {
        var at = WholeNumberStart(text, PhraseLiteral.SkipWhiteSpace(text, link, end), end);
        if (at >= end || !char.IsDigit(text[at])) return false;
        var numberEnd = at;
        // ("13.723", "13 723": a point or a space groups thousands in much of Europe's copy, as a comma does in English.)
        while (numberEnd < end && (char.IsDigit(text[numberEnd]) || text[numberEnd] is ',' or '.' or ' ' && ThousandsGroupAt(text, numberEnd + 1, end))) numberEnd++;
        var digits = text.AsSpan(at, numberEnd - at).ToString().Replace(".", ",").Replace(" ", ",");
        if (!NumberText.TryParse(digits, out var whole)) return false;
        var separated = digits.Contains(',');
        if (Spaced(text, numberEnd) && kindWords.CapAfterWhole.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, numberEnd, end), end) > 0) return false;
        return whole > (q.High ?? q.Value ?? 0) && !(whole is >= 1900 and <= 2100 && !separated);
    }

    // Three digits at text[at..], and no digit after them: the next group of a number's thousands.
    private static bool ThousandsGroupAt(string text, int at, int end) =>
        at + 3 <= end && char.IsDigit(text[at]) && char.IsDigit(text[at + 1]) && char.IsDigit(text[at + 2]) && (at + 3 == end || !char.IsDigit(text[at + 3]));

    // "to field 11,900 personnel: Uganda 4,500, Ethiopia 2,500 and Egypt 1,091": after a row of a colon list, a figure with only
    // a comma or "and" and the next row's capitalized name (at most three words) before it is the next row, a part too (not
    // "and Kenya sent 2,000").
    private static bool NextRow(string text, Quantity q, FigureCandidate previous)
    {
        if (q.Span.Start <= previous.Span.End) return false;
        var between = text.AsSpan(previous.Span.End, q.Span.Start - previous.Span.End).Trim();
        if (between.StartsWith(",") || between.StartsWith(";")) between = between[1..].TrimStart();
        if (between.StartsWith("and ")) between = between[4..].TrimStart();
        // "; Canada, 1,087", "; Kenya - 900": a table's rows set apart by semicolons, the name's mark before its number.
        if (between.Length > 0 && between[^1] is ',' or '-' or '(') between = between[..^1].TrimEnd();
        // Each word capitalized: a name, not a clause ("and Kenya sent 2,000").
        return CapitalizedName(between);
    }

    // A part of the force just named: "among them 300 officers", "including 500 special forces", "of whom 200".
    private bool IsSubset(string text, int segmentStart, int at)
    {
        at = SourceText.SkipWhiteSpaceBack(text, at, segmentStart);
        // ("among them 'some 500 officers and three generals'", quoted from its speaker: a quotation mark may open the part.)
        if (at > segmentStart && text[at - 1] is '"' or '“' or '«' or '‘') at = SourceText.SkipWhiteSpaceBack(text, at - 1, segmentStart);
        if (at > segmentStart && text[at - 1] == ',') at--;
        // ("This estimate does not include 600 additional instructors": a cue a negation denies names no part.)
        if (subsetCues.StartOfPhraseBefore(text, segmentStart, at) is var cue and >= 0)
            return !WholeComprising(text, segmentStart, cue, at) && !NegatedCue(text, segmentStart, cue);
        return InvertedSubset(text, segmentStart, at);
    }

    // "two battalions, comprising around 2,000 personnel": a unit right before the cue "comprising" is the whole the figure sizes.
    private bool WholeComprising(string text, int segmentStart, int cue, int at)
    {
        if (comprisingCues.EndOfPhraseAt(text, cue, at) < 0) return false;
        var before = SourceText.SkipWhiteSpaceBack(text, cue, segmentStart);
        if (before > segmentStart && text[before - 1] == ',') before = SourceText.SkipWhiteSpaceBack(text, before - 1, segmentStart);
        return comprisingWholes.StartOfPhraseBefore(text, segmentStart, before) >= 0;
    }

    // "Among them were some 400 officers", "Among those deployed are 300 sappers": an opener, at most six words (no
    // punctuation), then a subset verb right before the figure.
    private bool InvertedSubset(string text, int segmentStart, int at)
    {
        if (subsetVerbs.StartOfPhraseBefore(text, segmentStart, at) is not (var verb and >= 0)) return false;
        var words = 0;
        for (var i = verb; i > segmentStart && words <= 6;)
        {
            i = SourceText.SkipWhiteSpaceBack(text, i, segmentStart);
            var end = i;
            while (i > segmentStart && CueIndex.IsWordCharacter(text[i - 1])) i--;
            if (i == end) return false;
            words++;
            if (subsetOpeners.EndOfPhraseAt(text, i, end) == end) return true;
        }
        return false;
    }

    // "Some 8,800 of them are ground troops and 1,700 are sailors", "seven of them serve with the regional force and two
    // with the UN", "800 of them are in the city, while some 400 soldiers are in the hills": after a part of the force, a
    // figure that opens the next clause of the breakdown (a joiner right before it, list part_joiners) is another part,
    // unless it names its own country or more troops ("and 5,000 Polish troops", "and 2,000 more will follow").
    // ("18,004 with the Capital Division, 23,665 with the 9th Division": a capital past a preposition of part_unit_prepositions
    // names the unit or place the part serves in, not the part's own country.)
    private bool AnotherPart(string text, int segmentStart, Quantity q, TextSpan span)
    {
        if (partJoiners.StartOfPhraseBefore(text, segmentStart, q.Span.Start) < 0) return false;
        if (Spaced(text, q.Span.End) && more.EndOfPhraseAt(text, q.Span.End, span.End) > 0) return false;
        for (var i = q.Span.End; i < span.End; i++)
        {
            if (i > q.Span.End && char.IsWhiteSpace(text[i - 1]) && kindWords.PartUnitPrepositions.EndOfPhraseAt(text, i, span.End) is var past and > 0
                && past < span.End && char.IsWhiteSpace(text[past])) break;
            if (char.IsUpper(text[i])) return false;
        }
        return true;
    }
}
