using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Decides which numbers of a sentence count soldiers, and what they count. A number counts
/// soldiers when a troop noun follows it ("10,000 North Korean troops", "a 3,000-strong unit"),
/// when it is the amount of a troop noun before it ("a force of 10,000", "the number of troops at
/// 11,000"), when soldiers are killed or wounded ("1,200 were killed" in a sentence about troops), or
/// when it is a bare number set against a troop figure of the same sentence ("up from 3,000", "the
/// earlier estimate of 3,000"). Dates, years, percentages, money, ordinals and counts of other things
/// ("12 million people") are not troop counts.
/// </summary>
internal static partial class TroopCountFinder
{
    private const string TroopNouns =
        @"(?:troops?|soldiers?|forces|personnel|servicemen|service\s*members|servicemembers|fighters|combatants|conscripts|recruits|reservists|commandos|paratroopers|marines|infantrymen|infantry|men|officers|mercenaries|special\s+forces|sappers|snipers|gunners|(?:military|combat|army)\s+engineers|militiamen|draftees|cadets|guardsmen|casualties|boots\s+on\s+the\s+ground|stormtroopers|storm\s+troopers|members\s+of\s+(?:the\s+|its\s+)?(?:armed\s+forces|military|army))";

    // Between a number and its noun: "10,000 more elite North Korean special forces troops", "3,000 of its soldiers".
    private const string NounModifiers =
        @"(?:(?:more|additional|extra|further|new|fresh|elite|special|combat|combat-ready|active[- ]duty|active|regular|reserve|ground|military|army|infantry|highly|well-trained|trained|young|frontline|front-line|armed|foreign|other|of|its|their|his|the|these|those|such|strong|deployed|North|South|[A-Z][\w.'’-]*)\s+){0,5}";

    [GeneratedRegex(@"^\s*(?:-\s*|\s+)?" + NounModifiers + @"(?<noun>(?i:" + TroopNouns + @"))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NounAfter();

    [GeneratedRegex(@"^\s*-\s*(?:strong|man|men|troop|soldier|member|personnel)\b|^\s+strong\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex StrongAfter();

    [GeneratedRegex(@"(?<ctx>\b(?:troops?|soldiers?|forces?|personnel|army|armed\s+forces|military|contingent|deployment|casualties|losses|death\s+toll|troop\s+(?:strength|numbers?|levels?|count)|manpower|roster|servicemen|fighters|detachment|corps|brigades?|divisions?|expeditionary\s+force|reinforcements|units?)\b)(?<mid>[^.;:!?\d]{0,60}?)\b(?<conn>of|at|to|from|numbering|number|totall?ing|totall?ed|reached|reaching|exceeding|exceeded|exceeds|is|was|are|were|stands\s+at|stood\s+at|estimated\s+at|put\s+at|as\s+high\s+as|numbered|numbers|comprising|comprises|with|by|of\s+some|of\s+about)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TroopContextBefore();

    // Some "...Before" patterns, which read the text before a number and end in $, are only asked whether
    // they match: the same question read right to left, where the engine starts at the number instead of
    // trying every position of the sentence before it. Not those that end in a long run like [^.;]*$:
    // read right to left, that run is backtracked one character at a time (measured slower).
    [GeneratedRegex(@"\b(?:number|estimate|estimates|figure|tally|total|count|strength)\b(?<mid>[^.;:!?\d]{0,30}?)\b(?:of|at|to|is|was|stands\s+at|stood\s+at|put\s+at|reached|exceeded|around|about)\s+$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex NumberWordBefore();

    [GeneratedRegex(@"^\s*(?:(?:of\s+them|of\s+whom|in\s+total|so\s+far|reportedly|already|North\s+Korean|Russian|Ukrainian|[a-z]+ly)\s+)*(?:(?:have|had|were|was|being|been|are|is|got|get)\s+)*(?:killed|dead|wounded|injured|captured|died|taken\s+prisoner|missing|casualties|lost)\b", RegexOptions.CultureInvariant)]
    private static partial Regex CasualtyAfter();

    [GeneratedRegex(@"\b(?:troops?|soldiers?|forces|military|army|fighters|servicemen|personnel|KPA|conscripts|North\s+Korean\s+(?:unit|contingent|deployment))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TroopWord();

    // What may follow a number that stands alone: punctuation, the end, or a word that is not a noun.
    [GeneratedRegex(@"^(?:\s*(?:[,.;:)!?—–]|-\s|$)|\s+(?:in|to|at|on|by|from|for|as|and|or|but|with|since|last|this|that|which|who|earlier|previously|now|currently|according|were|was|are|is|have|has|had|will|would|could|may|might|into|inside|near|along|across|under|a|an|the|already|reportedly|altogether|total|before|after|during|until|when|while|if|than|of\s+(?:them|whom|those)|so\s+far|at\s+least|in\s+total)\b)", RegexOptions.CultureInvariant)]
    private static partial Regex BareAfter();

    [GeneratedRegex(@"(?:\b(?:estimates?|figures?|tally|total|numbers?|counts?|assessments?|projections?)\s+(?:of|at|was|is|had\s+been|stood\s+at|from|to)\s+(?:only\s+|just\s+)?|\b(?:up|down|ris(?:e|en|ing)|rose|increase[ds]?|jump(?:ed)?|gr[eo]w(?:n|th)?|climb(?:ed)?|fell|dropped)\s+from\s+(?:the\s+)?(?:[\w'’]+\s+){0,3}?|\bcompared\s+(?:with|to)\s+(?:the\s+)?|\bthan\s+(?:the\s+)?|\bversus\s+|\bvs\.?\s+|\b(?:another|an\s+additional|a\s+further|additional|and|or|to)\s+|\bfrom\s+)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex AnchoredBefore();

    [GeneratedRegex(@"^\s*(?:%|percent\b|per\s+cent\b|pct\b|percentage\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PercentAfter();

    [GeneratedRegex(@"(?:[$€£₩¥]|\b(?:US|USD|KRW|EUR|RUB)\s*\$?)\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MoneyBefore();

    [GeneratedRegex(@"^\s*(?:dollars|won|euros|rubles|roubles|yuan|yen|pounds|USD|KRW|tons?|tonnes?|km|kilomet(?:er|re)s?|miles?|met(?:er|re)s?|hours?|days?|weeks?|months?|years?|-year|rounds|shells)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex UnitAfter();

    [GeneratedRegex(@"\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex MonthBefore();

    [GeneratedRegex(@"^\s*(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex MonthAfter();

    [GeneratedRegex(@"\b(?i:one|\d+)\s+(?:in|out\s+of)\s+$|\b(?:aged|age|No\.|number|Nos\.|page|article|resolution|Unit|unit)\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex RatioOrLabelBefore();

    [GeneratedRegex(@"\b(?<casualties>kill\w*|dead|deaths?|died|wound\w*|injur\w*|casualt\w*|captur\w*|lost|loss(?:es)?|prisoners?|POWs?|fatalit\w*|death\s+toll|perish\w*|eliminated|killed\s+or\s+wounded)\b|\b(?<army>army|armed\s+forces|roster|standing|active[- ]duty|reservists?|reserves?|manpower|in\s+uniform|enlisted|total\s+strength|largest\s+(?:armies|militaries|military)|conscription|paramilitary|military\s+of|strong\s+military)\b|\b(?<deployment>sen[dt]|sending|deploy\w*|dispatch\w*|station\w*|train\w*|fight\w*|arriv\w*|transferr?\w*|moved?|mobili[sz]\w*|reinforc\w*|posted|join\w*|assist\w*|serv(?:e|es|ing|ed)|front\s*lines?|battlefield|abroad|overseas|expeditionary|contingent|deployment|operat(?:e|ing|ions?)|(?:in|to|into|inside)\s+(?:Russia|Kursk|Ukraine|the\s+Kursk\s+region))\b", RegexOptions.CultureInvariant)]
    private static partial Regex KindCue();

    [GeneratedRegex(@"\b(?:earlier|previous(?:ly)?|prior|initial(?:ly)?|original(?:ly)?|former|first|old|last\s+(?:month|year|week)['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:estimates?|figures?|assessments?|counts?|reports?|tally|projections?)\b[^.;]*$|\b(?:up|ris(?:e|en|ing)|rose|increase[ds]?|jump(?:ed)?|gr[eo]w(?:n|th)?|climb(?:ed)?|revised(?:\s+upward)?|raised|down|fell|dropped)\s+from\b[^.;]*$|\bhad\s+(?:previously\s+|earlier\s+|initially\s+|first\s+)?(?:estimated|said|put|reported|believed|assessed)\b[^.;]{0,40}$|\b(?:previously|initially|originally|at\s+first)\s+(?:estimated|reported|said|put|believed|thought|assessed)\b[^.;]{0,40}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierBefore();

    [GeneratedRegex(@"^[^.;]{0,25}?\b(?:estimated|reported|thought|believed)\s+(?:earlier|previously|initially|at\s+first)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EarlierAfter();

    [GeneratedRegex(@"\b(?:plans?|planning|planned|intends?|intending|intention|prepar(?:es|ing|ed)|ready|readying|expected|set|aims?|aiming|pledged?|promised?|agreed|offered|considering|could|would|will|may|might|to\s+be|going\s+to|scheduled|slated|due|about)\s+(?:[\w'’-]+\s+){0,4}?(?:send|deploy|dispatch|sending|deploying|dispatching|sent|deployed|dispatched|join|arrive|add|provide|supply|mobili[sz]e|transfer|commit|contribute|rotate)\b[^.;]*$|\bwill\s+(?:\w+\s+)?(?:send|deploy|dispatch)\b[^.;]*$|\b(?:plans?|preparations?)\s+(?:to|for)\s+(?:send|deploy|dispatch)\w*\b[^.;]*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlannedBefore();

    [GeneratedRegex(@"^[^.;]{0,40}?\b(?:will|would|could|(?:are|is|were|was)\s+(?:expected|set|scheduled|due|slated|planned|going)|to\s+be)\s+(?:\w+\s+)?(?:be\s+)?(?:sent|deployed|dispatched|arrive|join|added|transferred|rotated)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PlannedAfter();

    [GeneratedRegex(@"\b(?:could|might|may|potentially|possibly|perhaps|reportedly\s+could)\b(?<rest>[^,.;]{0,50})$", RegexOptions.CultureInvariant)]
    private static partial Regex PossibleBefore();

    [GeneratedRegex(@"(?:to|in|into|inside|for|against|with|toward|towards|across|on|at|of|by|near|over|throughout)\s+(?:the\s+)?(?:(?:eastern|western|northern|southern|central|far|far-eastern|occupied|southwestern|western)\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex DestinationBefore();

    [GeneratedRegex(@"^\s*(?:from|of)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginBetween();

    /// <summary>
    /// The troop counts of one sentence, among its <paramref name="quantities"/>. <paramref name="masked"/>: spans (cited sources) whose countries
    /// are not the troops'. <paramref name="previousSubject"/>: whose troops the context speaks of, asked
    /// only when a figure's own sentence does not say.
    /// </summary>
    public static List<FigureCandidate> Find(Document document, Sentence sentence, IReadOnlyList<Quantity> quantities, IReadOnlyList<TextSpan> masked, Func<string?> previousSubject)
    {
        var text = document.Text;
        var (start, end) = (sentence.Start, sentence.End);
        var found = new List<(Quantity Q, TextSpan Span, bool Anchored)>();
        // Read only by the figures' checks below: a sentence without numbers never asks.
        var sentenceHasTroopWord = quantities.Count > 0 && TroopWord().IsMatch(sentence.Text);

        foreach (var q in quantities)
        {
            if (IsTrap(text, start, end, q)) continue;
            // Spans, not substrings: the regexes read the same characters, and nothing is copied.
            var after = text.AsSpan(q.Span.End, end - q.Span.End);
            var before = text.AsSpan(start, q.Span.Start - start);
            if (First(NounAfter(), after) is { } noun && !IsYear(q, true))
            {
                found.Add((q, new TextSpan(q.Span.Start, q.Span.End + noun.Index + noun.Length), false));
                continue;
            }
            if (IsYear(q, false)) continue;
            if (First(StrongAfter(), after) is { } strong)
            {
                found.Add((q, new TextSpan(q.Span.Start, q.Span.End + strong.Index + strong.Length), false));
                continue;
            }
            var bare = BareAfter().IsMatch(after);
            if (bare && TroopContextBefore().IsMatch(before))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            if (bare && sentenceHasTroopWord && NumberWordBefore().IsMatch(before))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            if (sentenceHasTroopWord && First(CasualtyAfter(), after) is { } casualty)
            {
                found.Add((q, new TextSpan(q.Span.Start, q.Span.End + casualty.Index + casualty.Length), false));
                continue;
            }
            if (bare && (q.ChangeStart || q.ChangeEnd || AnchoredBefore().IsMatch(before))) found.Add((q, q.Span, true));
        }

        // A bare number counts soldiers only next to a figure that surely does.
        if (!found.Any(f => !f.Anchored)) return [];
        var result = new List<FigureCandidate>();
        for (var i = 0; i < found.Count; i++)
        {
            var (q, span, anchored) = found[i];
            var segmentStart = i > 0 ? found[i - 1].Span.End : start;
            var segmentEnd = i + 1 < found.Count ? found[i + 1].Q.Span.Start : end;
            var anchor = anchored ? Nearest(found, i) : null;
            var kind = Kind(text, segmentStart, segmentEnd, span) ?? (anchor is { } a ? Kind(text, start, end, a.Span) : null) ?? TroopKind.Other;
            if (span.End - q.Span.End > 0 && text[q.Span.End..span.End].Contains("casualt", StringComparison.OrdinalIgnoreCase)) kind = TroopKind.Casualties;
            var status = Status(text, segmentStart, segmentEnd, q, span);
            var hedge = q.Hedge;
            if ((q.Possible || PossibleBefore().IsMatch(text.AsSpan(Math.Max(segmentStart, q.Span.Start - 60)..q.Span.Start))) && hedge is Hedge.Exact or Hedge.Approximate)
                hedge = Hedge.Possible;
            result.Add(new FigureCandidate(sentence, q, span, kind, status, hedge, OwnSubject(text, end, span)));
        }
        // Bare numbers read against another figure count the same troops; others look before them.
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Subject is not null) continue;
            var subject = found[i].Anchored && Nearest(found, i) is { } a2 ? result[found.IndexOf(a2)].Subject : null;
            subject ??= NearestCountry(text, start, result[i].Span.Start, masked);
            result[i] = result[i] with { Subject = subject };
        }
        for (var i = 0; i < result.Count; i++)
            if (result[i].Subject is null)
                result[i] = result[i] with { Subject = result.FirstOrDefault(r => r.Subject is not null)?.Subject ?? previousSubject() };
        return result;
    }

    // Where a regex first matches in a span (what Match(string) would say of the same characters), or null.
    private static (int Index, int Length)? First(Regex regex, ReadOnlySpan<char> input)
    {
        foreach (var m in regex.EnumerateMatches(input)) return (m.Index, m.Length);
        return null;
    }

    private static (Quantity Q, TextSpan Span, bool Anchored)? Nearest(List<(Quantity Q, TextSpan Span, bool Anchored)> found, int i)
    {
        (Quantity, TextSpan, bool)? best = null;
        var bestDistance = int.MaxValue;
        for (var j = 0; j < found.Count; j++)
        {
            if (j == i || found[j].Anchored) continue;
            var d = Math.Abs(found[j].Span.Start - found[i].Span.Start);
            if (d < bestDistance) (best, bestDistance) = (found[j], d);
        }
        return best;
    }

    private static bool IsTrap(string text, int start, int end, Quantity q)
    {
        var before = text.AsSpan(start, q.Core.Start - start);
        var after = text.AsSpan(q.Core.End, end - q.Core.End);
        if (PercentAfter().IsMatch(after) || MoneyBefore().IsMatch(before) || UnitAfter().IsMatch(after)) return true;
        if (MonthBefore().IsMatch(before) || MonthAfter().IsMatch(after)) return true;
        if (RatioOrLabelBefore().IsMatch(before)) return true;
        // "one soldier said": a single person is not a troop count.
        if (q.Value is { } v && v < 2) return true;
        return false;
    }

    // A plain four-digit number between 1900 and 2100 is a year unless soldiers follow it.
    private static bool IsYear(Quantity q, bool troopNounFollows) =>
        !troopNounFollows && q is { Value: >= 1900 and <= 2100, HasScaleOrSeparator: false, Hedge: Hedge.Exact };

    private static TroopKind? Kind(string text, int segmentStart, int segmentEnd, TextSpan figure)
    {
        TroopKind? best = null;
        var bestDistance = double.MaxValue;
        for (var m = KindCue().Match(text, segmentStart, segmentEnd - segmentStart); m.Success; m = m.NextMatch())
        {
            var cue = new TextSpan(m.Index, m.Index + m.Length);
            if (figure.Contains(cue) && !m.Groups["casualties"].Success) continue;
            // Words after the figure ("troops killed") bind tighter than words before it.
            double distance = cue.Start >= figure.End ? (cue.Start - figure.End) * 0.7 : cue.End <= figure.Start ? figure.Start - cue.End : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = m.Groups["casualties"].Success ? TroopKind.Casualties : m.Groups["army"].Success ? TroopKind.ArmySize : TroopKind.Deployment;
            }
        }
        return best;
    }

    private static EstimateStatus Status(string text, int segmentStart, int segmentEnd, Quantity q, TextSpan figure)
    {
        if (q.ChangeStart) return EstimateStatus.Earlier;
        var before = text.AsSpan(Math.Max(segmentStart, q.Span.Start - 80)..q.Span.Start);
        var after = text.AsSpan(figure.End..segmentEnd);
        if (EarlierBefore().IsMatch(before) || EarlierAfter().IsMatch(after)) return EstimateStatus.Earlier;
        if (PlannedBefore().IsMatch(before) || PlannedAfter().IsMatch(after)) return EstimateStatus.Planned;
        return EstimateStatus.Current;
    }

    // Whose troops: a country inside the figure ("North Korean troops"), right after it ("troops from
    // North Korea"), or the nearest one before it in the sentence that is neither a cited source
    // ("Ukrainian officials said") nor a destination ("to Russia").
    private static string? OwnSubject(string text, int end, TextSpan figure)
    {
        foreach (var (_, country, _) in Countries.Find(text, figure.Start, figure.End)) return country;
        foreach (var (span, country, _) in Countries.Find(text, figure.End, Math.Min(end, figure.End + 25)))
            if (OriginBetween().IsMatch(text.AsSpan(figure.End..span.Start))) return country;
        return null;
    }

    /// <summary>The last country named in text[start..end) as an actor: not inside a cited source, not a destination ("to Russia").</summary>
    public static string? NearestCountry(string text, int start, int end, IReadOnlyList<TextSpan> masked)
    {
        string? nearest = null;
        foreach (var (span, country, possessive) in Countries.Find(text, start, end))
        {
            if (masked.Any(m => m.Contains(span) || span.Contains(m))) continue;
            if (!possessive && !Countries.IsAdjective(text, span) && DestinationBefore().IsMatch(text.AsSpan(start..span.Start))) continue;
            nearest = country;
        }
        return nearest;
    }
}
