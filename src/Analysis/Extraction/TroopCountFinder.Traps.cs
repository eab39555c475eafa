namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Numbers that are not troop counts whatever follows them: percentages, money, units, dates and years, labels and
/// ratios, single people, prisoners swapped, counts of units.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly AdjacentPhrases timeZones, troopNounHeads, civilianPartners, memberBodies;
    // "in the next day or two": the unit of time or distance and "or" before a number (unit_alternatives).
    private readonly AdjacentPhrases unitAlternatives;

    // "90 armoured personnel carriers", "Three infantry battalions", "20 police stations": the troop noun that ends at `noun`
    // modifies the noun after it (list troop_noun_heads), which the number counts.
    // "50 Central Armed Police Forces (CAPF) companies": the head may come after the name's initials in brackets.
    private bool ModifiesThing(string text, int noun, int end) =>
        Spaced(text, noun) && troopNounHeads.EndOfPhraseAt(text, AfterBracketedInitials(text, noun, end), end) > 0;

    // Past a space and capitals in brackets ("(CAPF)") at text[at], or `at` when none stand there.
    private static int AfterBracketedInitials(string text, int at, int end)
    {
        var open = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (open >= end || text[open] != '(') return at;
        var close = open + 1;
        while (close < end && char.IsUpper(text[close])) close++;
        return close > open + 1 && close < end && text[close] == ')' && close + 1 < end && char.IsWhiteSpace(text[close + 1]) ? close + 1 : at;
    }

    // "the more than 1,000 military personnel, diplomats and officials", "300 soldiers and civilians": troops listed with people who
    // are not (list civilian_partners), after "and"/"or", or after a comma where "and"/"or" or another comma closes the partner
    // ("killed 50 soldiers, officials said" is no list).
    private bool ListedWithCivilians(string text, int noun, int end)
    {
        var at = noun;
        var comma = at < end && text[at] == ',';
        if (comma) at++;
        if (!Spaced(text, at)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (!comma && !(coordinators.EndOfPhraseAt(text, at, end) is var joined and > 0 && (at = PhraseLiteral.SkipWhiteSpace(text, joined, end)) > 0)) return false;
        var partner = civilianPartners.EndOfPhraseAt(text, at, end);
        if (partner < 0) return false;
        if (!comma) return true;
        var next = PhraseLiteral.SkipWhiteSpace(text, partner, end);
        return next < end && (text[next] == ',' || text.AsSpan(next, end - next).StartsWith("and ", StringComparison.Ordinal)
            || text.AsSpan(next, end - next).StartsWith("or ", StringComparison.Ordinal));
    }

    // After "-member": a body's capitalized name or one of member_bodies ("the 16-member Southern African Development Community",
    // "the 15-member Security Council", "the 32-member alliance"): the number counts its members, not troops.
    private bool MembersOfBody(string text, int at, int end)
    {
        var lastCapital = -1;
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        while (at < end && char.IsUpper(text[at]))
        {
            lastCapital = at;
            while (at < end && !char.IsWhiteSpace(text[at])) at++;
            at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        }
        return (lastCapital >= 0 && memberBodies.EndOfPhraseAt(text, lastCapital, end) > 0) || memberBodies.EndOfPhraseAt(text, at, end) > 0;
    }

    // "exchanged 390 prisoners of war", "the release of 120 POWs", "95 POWs were freed": prisoners counted as swapped,
    // returned or freed are not a count of troops captured in the war (list prisoner_swap_words, within 30 characters).
    private bool PrisonerSwap(string text, int start, int end, Quantity q, int noun) =>
        prisonerNouns.StartOfPhraseBefore(text, q.Span.End, noun) >= 0
        && prisonerSwaps.Any(text, Math.Max(start, q.Span.Start - 30), Math.Min(end, noun + 30));

    // "the count of battalion tactical groups went up from 28 to 41": a noun of units at most 50 characters before a number,
    // no digit between.
    private bool CountsUnits(string text, int start, int at) => PhraseBefore(unitNouns, text, start, at, 50, "0123456789");

    // Units are counted in tens, soldiers in hundreds and thousands: a number below 1,000 read against a noun of units just
    // before it (at `at`) counts them ("went up from 28 to 41", "three infantry battalions — two from the Marine Corps"); one
    // above may be their strength ("four brigades totalling 12,000").
    private bool CountsUnitsBefore(string text, int start, Quantity q, int at) => (q.Value ?? q.High) < 1000 && CountsUnits(text, start, at);

    // Where the start of the change that q ends ("from 28 to 41") begins: the number before it.
    private static int ChangeStartOf(IReadOnlyList<Quantity> quantities, Quantity q)
    {
        var at = q.Span.Start;
        for (var i = 0; i < quantities.Count; i++)
            if (quantities[i].ChangeStart && quantities[i].Span.End <= q.Span.Start) at = quantities[i].Span.Start;
        return at;
    }

    private bool IsTrap(string text, int start, int end, Quantity q)
    {
        var (from, to) = (q.Core.Start, q.Core.End);
        if (percent.EndOfPhraseAt(text, to, end) > 0 || money.StartOfPhraseBefore(text, start, from) >= 0 || units.EndOfPhraseAt(text, to, end) > 0) return true;
        if (months.EndOfPhraseAt(text, to, end) > 0) return true;
        var beforeMonth = from;
        beforeMonth = SourceText.SkipWhiteSpaceBack(text, beforeMonth, start);
        if (beforeMonth > start && text[beforeMonth - 1] == '.') beforeMonth--;
        if (months.StartOfPhraseBefore(text, start, beforeMonth) >= 0) return true;
        if (q.Value is <= 31 && SecondDay(text, start, from)) return true;
        // "in the next day or two" (a few units; "1,000 soldiers a day or 30,000 a month" is a rate of troops).
        if (q.Value is <= 12 && unitAlternatives.StartOfPhraseBefore(text, start, from) >= 0) return true;
        if (ClockTime(text, start, end, from, to)) return true;
        if (DottedDate(text, start, end, from, to)) return true;
        if (IsRatioOrLabel(text, start, from) && !NumbersTroops(text, start, end, q)) return true;
        if (UnitDesignation(text, end, q)) return true;
        if (IsAge(text, start, q) || MoneyScale(text, start, end, q)) return true;
        if (Tally(text, start, end, q) || OnTrial(text, q.Span.End, end)) return true;
        if (q.Span.Start == from && populationHeads.StartOfPhraseBefore(text, start, from) >= 0) return true;
        // "one soldier said": a single person is not a troop count.
        if (q.Value is { } v && v < 2) return true;
        return false;
    }

    // "six other men were convicted", "Sixty-seven of the 70 men on trial", "three were acquitted": people a court tries are
    // defendants, not a count of troops (legal_predicates in the figure's clause, at most 80 characters on, no ',', ';' or ':'
    // between). Fighters "jailed" or "in custody" stay casualties: that is what befell them, not a trial's step.
    private bool OnTrial(string text, int from, int end) => legalPredicates.Any(text, from, ClauseEndAfter(text, from, end, 80, ",;:"));

    // "from 24.02.22 to 05.12.25", "on 12.03.2024": a date written with dots, day, month and year, is no count.
    private static bool DottedDate(string text, int start, int end, int from, int to)
    {
        var (a, b) = (from, to);
        while (a > start && (char.IsAsciiDigit(text[a - 1]) || text[a - 1] == '.' && a - 1 > start && char.IsAsciiDigit(text[a - 2]))) a--;
        while (b < end && (char.IsAsciiDigit(text[b]) || text[b] == '.' && b + 1 < end && char.IsAsciiDigit(text[b + 1]))) b++;
        var token = text.AsSpan(a, b - a);
        var first = token.IndexOf('.');
        var last = token.LastIndexOf('.');
        if (first <= 0 || last == first || token[(first + 1)..last].Contains('.')) return false;
        var day = token[..first];
        var month = token[(first + 1)..last];
        var year = token[(last + 1)..];
        return day.Length <= 2 && month.Length is 1 or 2 && year.Length is 2 or 4
            && int.Parse(day) is >= 1 and <= 31 && int.Parse(month) is >= 1 and <= 12;
    }

    // "between Oct. 8 and 13", "on March 3 or 4", "June 10-12": the second day of a pair after a month.
    private bool SecondDay(string text, int start, int at)
    {
        var i = at;
        i = SourceText.SkipWhiteSpaceBack(text, i, start);
        if (i > start && text[i - 1] is '-' or '–') i--;
        else
        {
            var w = i;
            while (w > start && char.IsLetter(text[w - 1])) w--;
            if (w == i || !(text.AsSpan(w, i - w) is "and" or "to" or "or")) return false;
            i = w;
        }
        i = SourceText.SkipWhiteSpaceBack(text, i, start);
        var d = i;
        while (d > start && char.IsDigit(text[d - 1])) d--;
        if (d == i || i - d > 2) return false;
        d = SourceText.SkipWhiteSpaceBack(text, d, start);
        if (d > start && text[d - 1] == '.') d--;
        return months.StartOfPhraseBefore(text, start, d) >= 0;
    }

    // "21:40 IST Indian and Chinese troops", "17:05 ET Two Guard members", "1740 GMT": the hours or minutes of a clock time
    // (live blogs, wire copy), whatever follows them.
    private bool ClockTime(string text, int start, int end, int from, int to) =>
        (from - 2 >= start && text[from - 1] == ':' && char.IsDigit(text[from - 2]))
        || (to + 1 < end && text[to] == ':' && char.IsDigit(text[to + 1]))
        || (Spaced(text, to) && timeZones.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, to, end), end) > 0);

    // "the force will number 20,000 men": "number" as a verb, then a number a troop noun follows, is not a label ("number 3").
    // "an elite unit thought to number 40,000 to 45,000", "who number some 8,000": after a word that opens a verb, "number" is one;
    // after a plural noun of troops too, for a count ("the armed forces number 60,000"; not "soldiers number 3 and 4").
    private bool NumbersTroops(string text, int start, int end, Quantity q) =>
        labels.StartOfPhraseBefore(text, start, q.Core.Start) is var label and >= 0 && text.AsSpan(label).StartsWith("number ", StringComparison.Ordinal)
        && (nounAfter.NounEnd(text, q.Span.End, end) >= 0 || (label > start && char.IsWhiteSpace(text[label - 1])
            && (numberVerbOpeners.StartOfPhraseBefore(text, start, label) >= 0 || ((q.Value ?? q.High) >= 10 && numberVerbSubjects.StartOfPhraseBefore(text, start, label) >= 0))));

    // "two retired officers advise the minister": officers and generals who have retired are veterans counted one by one, no
    // force (list retired_rank_nouns); retired soldiers a private force hires are ("two retired soldiers were shot down").
    private bool RetiredRanks(string text, int from, int noun) =>
        text.AsSpan(from, noun - from).Contains("retired ", StringComparison.Ordinal) && retiredRanks.Any(text, from, noun);

    // "aged 19", "No. 3", "one in 10", "3 out of 10": labels and ratios, written with a space before the number.
    private bool IsRatioOrLabel(string text, int start, int at)
    {
        if (at == start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (labels.StartOfPhraseBefore(text, start, at) >= 0 || SecondOfLabelPair(text, start, at)) return true;
        var ratio = ratios.StartOfPhraseBefore(text, start, at);
        if (ratio <= start || !char.IsWhiteSpace(text[ratio - 1])) return false;
        var wordEnd = ratio;
        wordEnd = SourceText.SkipWhiteSpaceBack(text, wordEnd, start);
        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        return word.Equals("one", StringComparison.OrdinalIgnoreCase) || (word.Length > 0 && !word.ContainsAnyExcept("0123456789"));
    }

    // "resolutions 2628 and 2670", "Articles 4 and 5": the second number of a pair after a label is a label too.
    private bool SecondOfLabelPair(string text, int start, int at)
    {
        var i = at;
        i = SourceText.SkipWhiteSpaceBack(text, i, start);
        var w = i;
        while (w > start && char.IsLetter(text[w - 1])) w--;
        if (!(text.AsSpan(w, i - w) is "and" or "or")) return false;
        i = w;
        i = SourceText.SkipWhiteSpaceBack(text, i, start);
        var d = i;
        while (d > start && char.IsAsciiDigit(text[d - 1])) d--;
        if (d == i || d == start || !char.IsWhiteSpace(text[d - 1])) return false;
        return labels.StartOfPhraseBefore(text, start, d) >= 0;
    }

    // "The base opened in 1953 and the soldiers ...", "In 2020 troops were sent": a year after a preposition of time, even
    // where a troop noun follows it.
    // "By 2020 troops numbered 4,000", "the summer of 2014 soldiers ...": after "by" or "of" only a year counts are not round as
    // ("cut by 2000 troops", "a force of 2000 soldiers").
    // "In 2019 and 2020 troops ...", "in 2014, 2015 and 2016": a year listed after such a year is one too.
    private bool YearAfterLead(string text, int start, Quantity q) =>
        IsYear(q, false) && YearLeadBefore(text, start, q.Span.Start, q.Value % 50 != 0);

    private bool YearLeadBefore(string text, int start, int at, bool unround)
    {
        for (var listed = 0; listed < 4; listed++)
        {
            if (at <= start || !char.IsWhiteSpace(text[at - 1])) return false;
            if (yearLeads.StartOfPhraseBefore(text, start, at) >= 0 || (unround && unroundYearLeads.StartOfPhraseBefore(text, start, at) >= 0)) return true;
            // Back over "and", "or" or a comma to the year before.
            var i = SourceText.SkipWhiteSpaceBack(text, at, start);
            var w = i;
            while (w > start && char.IsLetter(text[w - 1])) w--;
            if (text.AsSpan(w, i - w) is "and" or "or") i = w;
            else if (w == i && i > start && text[i - 1] == ',') i--;
            else return false;
            i = SourceText.SkipWhiteSpaceBack(text, i, start);
            var d = i;
            while (d > start && char.IsAsciiDigit(text[d - 1])) d--;
            if (i - d != 4 || !int.TryParse(text.AsSpan(d, 4), out var year) || year is < 1900 or > 2100 || d > start && char.IsLetterOrDigit(text[d - 1])) return false;
            at = d;
            unround = year % 50 != 0;
        }
        return false;
    }

    // A plain four-digit number between 1900 and 2100 is a year unless soldiers follow it; so are both ends of a plain range
    // ("from 2014 to 2020", "between 2014 and 2020", "2014-2020").
    private static bool IsYear(Quantity q, bool troopNounFollows) =>
        !troopNounFollows && (q is { Value: >= 1900 and <= 2100, HasScaleOrSeparator: false, Hedge: Hedge.Exact } || IsYearSpan(q));

    private static bool IsYearSpan(Quantity q) =>
        q is { Value: null, Low: >= 1900 and <= 2100, High: >= 1900 and <= 2100, HasScaleOrSeparator: false, Hedge: Hedge.Range };

    // "From 2014 to 2020 troops were stationed there": a span of years even before soldiers, unless both ends are round as
    // counts are ("2000-2100 soldiers").
    private static bool YearSpanBeforeNoun(Quantity q) => IsYearSpan(q) && (q.Low % 50 != 0 || q.High % 50 != 0);
}
