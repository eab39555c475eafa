namespace Analysis.Extraction;

using Analysis.Corpus;

// The chain of a sentence's citations, from its origin through speakers and tellers to the outlets that relay it.
internal sealed partial class Attribution
{
    // Informants, speakers (innermost first, coordinated ones together), audiences, then outlets.
    // "…, spokesperson Sabrina Singh said." closes the sentence: the outermost speaker, after the inner ones.
    private List<SourceRef> Chain(List<SourceRef> list, Sentence sentence)
    {
        // A dateline's outlet credits the story, not its figures.
        if (list.Exists(r => r.IsCredit)) list = list.FindAll(r => !r.IsCredit);
        // Most sentences cite no one: their chain is only the always-cited sources they name, first of
        // each name (what the general case below gives them, without its lists and queries).
        if (list.TrueForAll(r => r.Role == CitationRole.Mentioned))
        {
            var named = new List<SourceRef>();
            foreach (var r in list)
                if (r.AlwaysCited && !HasName(named, r.Name)) named.Add(r);
            return named;
        }
        var text = document.Text;
        bool Trailing(SourceRef r) =>
            CommaBefore(text.AsSpan(sentence.Start, r.Span.Start - sentence.Start)) && (SaidToTheEnd(text.AsSpan(r.Span.End, sentence.End - r.Span.End))
                || r.IsPerson && PastAffiliation(text.AsSpan(r.Span.End, sentence.End - r.Span.End)) is { IsEmpty: false } past && SaidToTheEnd(past)
                || JoinedToClosingVoice(list, r, sentence) is not null);
        // One pass sorts the references by part (each list keeps reading order).
        var (informants, all, audiences, outlets) = (new List<SourceRef>(), new List<SourceRef>(), new List<SourceRef>(), new List<SourceRef>());
        foreach (var r in list)
        {
            if (r.Role == CitationRole.Informant) informants.Add(r);
            else if (r.Role is CitationRole.Speaker or CitationRole.Audience && r.Kind == SourceKind.Outlet) outlets.Add(r);
            else if (r.Role == CitationRole.Speaker && !ComparedVoice(r)) all.Add(r);
            else if (r.Role == CitationRole.Audience && r.Name is not "they") audiences.Add(r);
        }
        // "Shoigu said that 300,000 reservists will be called up as part of the partial mobilization announced by President Putin":
        // the agent of a thing announced speaks for that thing, not for the figure another voice of the sentence gives.
        if (all.Count > 1 && all.FindAll(r => AnnouncedThingAgent(text, sentence.Start, r)) is { Count: > 0 } announcers && announcers.Count < all.Count)
            all.RemoveAll(announcers.Contains);
        // "About 300 … were killed, South Korean lawmakers said Monday, as Ukraine revealed more details about …": a voice that opens
        // a clause of its own after another voice has spoken (", as") tells its own news, not the figure the first gave. Not a clause
        // with a figure of its own ("…, while Zelenskyy warned that as many as 12,000 …": each voice its own figure).
        if (all.Count > 1 && all.FindAll(r => AsClauseVoice(text, sentence, r, all)) is { Count: > 0 } asides && asides.Count < all.Count)
            all.RemoveAll(asides.Contains);
        // Loops, not queries (they ran for every citing sentence), giving the same lists in the same order.
        var trailing = all.FindAll(Trailing);
        // The second of two trailing voices joined by "and" trails with the first, a title before its name or not.
        foreach (var first in trailing.ToArray())
            if (JoinedToClosingVoice(list, first, sentence) is { } second && all.Contains(second) && !trailing.Contains(second)) trailing.Add(second);
        // "A South Korean lawmaker said about 100 were killed, according to the country's spy agency" (or "as reported by" it;
        // closing_origin_cues): an intelligence service closing the sentence after another voice's clause gave that voice the
        // figure (a service estimates, it relays no one), so it is the origin, not the outermost relay as a closing spokesperson
        // or outlet is.
        if (trailing.Count > 0 && all.Count > trailing.Count)
            foreach (var r in trailing.FindAll(r => r.Kind == SourceKind.Intelligence && OriginCueBefore(text, sentence.Start, r.Span.Start)
                && all.Exists(o => !trailing.Contains(o) && o.Kind != SourceKind.Intelligence)))
            {
                trailing.Remove(r);
                informants.Insert(0, r with { Role = CitationRole.Informant });
                all.Remove(r);
            }
        // What all.Except(trailing) gives: each distinct reference once, unless it trails.
        var speakers = new List<SourceRef>();
        foreach (var s in all)
            if (!trailing.Contains(s) && !speakers.Contains(s)) speakers.Add(s);

        var clusters = new List<List<SourceRef>>();
        foreach (var s in speakers)
        {
            if (clusters.Count > 0 && (Coordinated(clusters[^1][^1], s) || SerialListed(clusters[^1][^1], s, list))) clusters[^1].Add(s);
            else clusters.Add([s]);
        }
        clusters.Reverse();
        // A news agency that speaks beside other speakers relays them, wherever it stands ("…, spokesman Daniel Hagari said,
        // reported Sputnik", "TASS quoted the ministry as saying"): its cluster goes after theirs, as an outlet's does.
        if (clusters.Count > 1)
        {
            var relays = clusters.FindAll(c => c.TrueForAll(IsMedia));
            if (relays.Count > 0 && relays.Count < clusters.Count)
            {
                clusters.RemoveAll(c => c.TrueForAll(IsMedia));
                clusters.AddRange(relays);
            }
        }
        // "information from Bild, which cites Ukrainian military sources": the informant a relative clause names gave it to
        // the one before, so it comes first.
        for (var i = 1; i < informants.Count; i++)
            if (CitedByRelative(text, informants[i - 1], informants[i]) || BriefedBy(text, informants[i - 1], informants[i])) (informants[i - 1], informants[i]) = (informants[i], informants[i - 1]);
        var chain = new List<SourceRef>(informants);
        foreach (var cluster in clusters) chain.AddRange(cluster);
        chain.AddRange(trailing);
        chain.AddRange(audiences);
        chain.AddRange(outlets);
        // Only outlets and audiences ("Ukrainian intelligence shared with the Financial Times shows …"): a service named
        // beside them gave it.
        if (chain.Count > 0 && informants.Count == 0 && speakers.Count == 0 && trailing.Count == 0)
        {
            // "a U.S. Northern Command spokesperson told The Associated Press": the body whose spokesperson told the outlet.
            if (Teller(list, outlets) is { } teller) chain.Insert(0, teller with { Role = CitationRole.Speaker });
            // "an internal State Department cable seen by Reuters", "a classified Pentagon assessment obtained by The New York
            // Times": the body whose document the outlet saw.
            // The owner is cited there, as a source of the passage.
            else if (DocumentOwner(list, outlets) is { } owner)
            {
                var speaking = owner with { Role = CitationRole.Speaker };
                chain.Insert(0, speaking);
                if (refs[sentence.Index].IndexOf(owner) is >= 0 and var at) refs[sentence.Index][at] = speaking;
            }
            // "Under the Kremlin's plan, … divisions of 10 thousand, The Wall Street Journal writes": a plan is no voice (DevSet
            // header: "An aim, plan or pledge is not a voice"), so its owner gave the outlet nothing.
            else chain.InsertRange(0, list.FindAll(r => r is { Role: CitationRole.Mentioned, AlwaysCited: true } && r.Kind != SourceKind.Outlet && !OwnsPlan(r)));
        }
        if (chain.Count > 0)
        {
            // "During an interception of Russian communications, Ukrainian officials revealed": the intercept is the origin.
            chain.InsertRange(0, list.FindAll(r => r is { Role: CitationRole.Mentioned, Kind: SourceKind.Intercept }));
        }
        else
        {
            // No one speaks, but a service or outlet is named beside the figure: it is the likeliest source.
            chain.AddRange(list.FindAll(r => r is { Role: CitationRole.Mentioned, AlwaysCited: true }));
        }
        // The first of each name (what DistinctBy(r => r.Name) gives).
        // "200 …, Prime Minister X said on Friday; the Bahamas, he added, has offered 150": a speaker named in one clause and a
        // pronoun for them in another both stay, so that each clause's figure finds its own voice (ClauseChain); the name
        // stays first.
        var distinct = new List<SourceRef>(chain.Count);
        foreach (var r in chain)
            if (!HasName(distinct, r.Name)) distinct.Add(r);
            else if (r is { Role: CitationRole.Speaker, IsPronoun: false } && distinct.FindIndex(d => d.Name == r.Name) is var at
                && distinct[at] is { Role: CitationRole.Speaker, IsPronoun: true } pronoun && pronoun.Span.Start > r.Span.End
                && r.Span.Start >= sentence.Start && pronoun.Span.End <= sentence.End)
                distinct.Insert(at, r);
        return distinct;
    }

    // A body named right before "spokesperson told", "official told" and an outlet it told; else null.
    private SourceRef? Teller(List<SourceRef> list, List<SourceRef> outlets)
    {
        var text = document.Text;
        foreach (var outlet in outlets)
            foreach (var r in list)
            {
                if (r is not { Role: CitationRole.Mentioned, IsPronoun: false, IsGroup: false } || IsMedia(r) || r.Span.End > outlet.Span.Start) continue;
                var between = text.AsSpan(r.Span.End, outlet.Span.Start - r.Span.End).Trim();
                if (between.EndsWith(" the", StringComparison.OrdinalIgnoreCase)) between = between[..^4];
                var space = between.IndexOf(' ');
                // One lower-case noun, then the verb: "spokesperson told", "official told".
                if (space > 0 && between.LastIndexOf(' ') == space && char.IsLower(between[0])
                    && closing.Verbs.Contains(between[(space + 1)..].ToString())) return r;
            }
        return null;
    }

    // A body named right before a document it wrote ("State Department cable", "NATO's assessment", "Pentagon's internal
    // memo": at most one word between) and before the outlet that relays it; else null.
    private SourceRef? DocumentOwner(List<SourceRef> list, List<SourceRef> outlets)
    {
        var text = document.Text;
        foreach (var outlet in outlets)
            foreach (var r in list)
            {
                if (r is not { Role: CitationRole.Mentioned, IsPronoun: false } || IsMedia(r) || r.Span.End > outlet.Span.Start) continue;
                var at = r.Span.End;
                if (at + 1 < text.Length && text[at] is '\'' or '’' && text[at + 1] == 's') at += 2;
                for (var words = 0; words < 2; words++)
                {
                    while (at < outlet.Span.Start && text[at] == ' ') at++;
                    var end = at;
                    while (end < outlet.Span.Start && (char.IsLetter(text[end]) || text[end] == '-')) end++;
                    if (end == at || char.IsUpper(text[at])) break;
                    // A plan is a document only where the outlet saw it ("the Pentagon's plan, seen by Reuters"); under one the outlet
                    // only writes ("Under the Kremlin's plan, …, The Wall Street Journal writes"), the plan is no voice.
                    if (closing.DocumentWords.Contains(text.AsSpan(at, end - at))
                        && (!closing.PlanNouns.Contains(text.AsSpan(at, end - at)) || SeenBy(outlet))) return r;
                    at = end;
                }
            }
        return null;
    }

    // Whether the outlet is the agent of a passive ("seen by Reuters", "obtained by The New York Times"): "by" is the word before
    // it, or before its article.
    private bool SeenBy(SourceRef outlet)
    {
        var word = SourceText.WordBefore(document.Text, outlet.Span.Start, out var start);
        if (word.Equals("the", StringComparison.OrdinalIgnoreCase)) word = SourceText.WordBefore(document.Text, start, out _);
        return word.SequenceEqual("by");
    }

    // A body named right before a plan it owns ("the Kremlin's plan", "Moscow's new plans": the possessive, then at most one
    // lower-case word before a plan_nouns word).
    private bool OwnsPlan(SourceRef r)
    {
        var text = document.Text;
        var at = r.Span.End;
        if (at + 1 >= text.Length || text[at] is not ('\'' or '’') || text[at + 1] != 's') return false;
        at += 2;
        for (var words = 0; words < 2; words++)
        {
            while (at < text.Length && text[at] == ' ') at++;
            var end = at;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            if (end == at || char.IsUpper(text[at])) return false;
            if (closing.PlanNouns.Contains(text.AsSpan(at, end - at))) return true;
            at = end;
        }
        return false;
    }

    // ", which cites", ", who quoted", ", citing" between two informants (a citing_verbs entry right after the comma): the
    // second is the first's informant.
    private bool CitedByRelative(string text, SourceRef before, SourceRef after)
    {
        if (after.Span.Start <= before.Span.End || after.Span.Start - before.Span.End > 40) return false;
        var between = text.AsSpan(before.Span.End, after.Span.Start - before.Span.End).Trim();
        if (between.Length == 0 || between[0] != ',') return false;
        var rest = between[1..].TrimStart();
        foreach (var verb in closing.CitingVerbs)
            if (rest.StartsWith(verb, StringComparison.OrdinalIgnoreCase) && (rest.Length == verb.Length || !char.IsLetter(rest[verb.Length]))) return true;
        return false;
    }

    private static bool IsMedia(SourceRef r) => r.Kind is SourceKind.Outlet or SourceKind.StateMedia;

    private static bool HasName(List<SourceRef> refs, string name)
    {
        foreach (var r in refs)
            if (r.Name == name) return true;
        return false;
    }

    private bool Coordinated(SourceRef a, SourceRef b)
    {
        if (b.Span.Start < a.Span.End) return true;
        var between = document.Text[a.Span.End..b.Span.Start].Trim();
        return between is "," or "and" or ", and" or "&" or "and the" or ", and the" or ", the" || AffiliationAnd(between) || TitledPartner(between, b) || CompanionJoined(between, b);
    }

    // "Rep. Park of the ruling Democratic Party and Rep. Lee …": the first speaker's affiliation, then "and" and at most the second's
    // title (no other mark, no other "and").
    private static bool AffiliationAnd(string between)
    {
        if (!between.StartsWith("of ", StringComparison.Ordinal) || between.Length > 80) return false;
        var and = between.LastIndexOf(" and", StringComparison.Ordinal);
        if (and < 0 || between.AsSpan(0, and).IndexOfAny(",;:.(\"") >= 0 || between.AsSpan(0, and).Contains(" and ", StringComparison.Ordinal)) return false;
        var title = between.AsSpan(and + 4).Trim();
        return title.IsEmpty || char.IsUpper(title[0]) && title.IndexOf(' ') < 0;
    }

    // Whether a closing_origin_cues phrase ("according to", "as reported by"; a "the" after it allowed) stands right before `at`,
    // within the sentence from `from`.
    private bool OriginCueBefore(string text, int from, int at)
    {
        var before = text.AsSpan(from, at - from).TrimEnd();
        if (before.EndsWith(" the", StringComparison.Ordinal)) before = before[..^4].TrimEnd();
        foreach (var cue in closing.ClosingOriginCues)
            if (before.EndsWith(cue, StringComparison.Ordinal) && (before.Length == cue.Length || !char.IsLetter(before[^(cue.Length + 1)]))) return true;
        return false;
    }

    // Whether r opens a clause after ", as" (an article at most between) that follows another speaker of the sentence and holds
    // no digit of a figure; or after "as" that closes a phrase with no comma of its own.
    private bool AsClauseVoice(string text, Sentence sentence, SourceRef r, List<SourceRef> speakers)
    {
        var from = sentence.Start;
        if (r.Span.Start <= from || r.Span.End > sentence.End || HoldsCount(text.AsSpan(r.Span.End, sentence.End - r.Span.End))) return false;
        var before = text.AsSpan(from, r.Span.Start - from).TrimEnd();
        if (before.EndsWith(" the", StringComparison.Ordinal)) before = before[..^4].TrimEnd();
        int comma;
        if (before.EndsWith(", as", StringComparison.Ordinal)) comma = from + before.Length - 4;
        // "North Korea has sent some 10,000 troops to train in Russia, the Pentagon says, more than tripling the previous estimate as
        // NATO warned of …": "as" that closes a phrase after the voice's clause opens a clause of its own too, with no comma of its
        // own; not "as well as", "such as", "the same as".
        else if (before.EndsWith(" as", StringComparison.Ordinal) && before[..^3].TrimEnd() is var lead && lead.Length > 0
            && lead[(lead.LastIndexOf(' ') + 1)..] is var word && word.Length > 0 && char.IsLower(word[0]) && word is not ("well" or "such" or "same" or "just" or "so"))
            comma = from + before.Length - 3;
        // "…, lawmaker Anna Nowak said on Friday, after Minsk officially confirmed holding drills", "…, two days after Minsk admitted it": another
        // subordinator (trailing_clause_subordinators) after the comma, a short time phrase at most before it. Not a voice that
        // briefed or told the speaker before it ("…, Lee said, after the NIS briefed the committee": it informed him).
        else if (SubordinatorAfterComma(before) is var at and >= 0 && !closing.InformedByVerbs.Contains(SourceText.WordAfter(text, r.Span.End))) comma = from + at;
        else return false;
        return speakers.Exists(o => !ReferenceEquals(o, r) && o.Span.End <= comma);
    }

    // The comma before a subordinator of trailing_clause_subordinators that ends `before`, with at most three words of a time phrase
    // in lower case between ("two days", "shortly", "a day"), or -1.
    private int SubordinatorAfterComma(ReadOnlySpan<char> before)
    {
        var comma = before.LastIndexOf(',');
        if (comma < 0) return -1;
        var tail = before[(comma + 1)..].Trim();
        var words = 0;
        var last = ReadOnlySpan<char>.Empty;
        foreach (var range in tail.Split(' '))
        {
            var word = tail[range];
            if (word.IsEmpty) continue;
            foreach (var c in word)
                if (!char.IsAsciiLetterLower(c) && !char.IsAsciiDigit(c)) return -1;
            last = word;
            words++;
        }
        return words is >= 1 and <= 4 && closing.TrailingSubordinators.Contains(last) ? comma : -1;
    }

    // Whether a clause holds a count in digits or in words ("two soldiers", "hundreds of troops").
    private static bool HoldsCount(ReadOnlySpan<char> clause)
    {
        if (clause.IndexOfAnyInRange('0', '9') >= 0) return true;
        foreach (var range in clause.SplitAny(' ', ',', '.'))
            if (clause[range] is "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine" or "ten" or "eleven" or "twelve"
                or "dozen" or "dozens" or "hundred" or "hundreds" or "thousand" or "thousands") return true;
        return false;
    }

    // Whether `r` is the agent after "announced by" (a "the" allowed) that a thing announced stands before (announced_things).
    private bool AnnouncedThingAgent(string text, int from, SourceRef r)
    {
        if (r.Span.Start <= from) return false;
        var words = Words(text[from..r.Span.Start]);
        // A title before the name ("announced by President Vladimir Putin") and "the" stand between.
        for (var k = 0; k < 3 && words.Count > 0 && char.IsUpper(words[^1][0]); k++) words.RemoveAt(words.Count - 1);
        if (words.Count > 0 && words[^1] is "the") words.RemoveAt(words.Count - 1);
        return words.Count >= 3 && words[^1] is "by" && words[^2] is "announced" or "declared" or "ordered" or "decreed" or "signed"
            && closing.AnnouncedThings.Contains(words[^3]);
    }

    // "…, the NIS told a closed session of the committee, according to lawmakers Park Sun-won and Lee Seong-kweun.": the first of
    // two voices joined by "and" closes the sentence with the second, which closes it (SaidToTheEnd): both trail, as relays of the
    // voice before them, not the first as the origin.
    // The second voice ("Rep. Lee Seong-kweun" after "and Rep."), whose title may stand between "and" and its name, or null.
    private SourceRef? JoinedToClosingVoice(List<SourceRef> list, SourceRef r, Sentence sentence)
    {
        var text = document.Text;
        var at = r.Span.End;
        // "…, according to Rep. Park of the ruling party and Rep. Lee of the opposition.": each with an affiliation of their own.
        if (r.IsPerson && PastAffiliation(text.AsSpan(at, sentence.End - at), toAnd: true) is { IsEmpty: false } joined) at = sentence.End - joined.Length;
        while (at < sentence.End && text[at] == ' ') at++;
        if (at + 4 > sentence.End || string.CompareOrdinal(text, at, "and ", 0, 4) != 0) return null;
        at += 4;
        var next = list.Find(o => o.Span.Start >= at && o.Span.Start - at <= 12 && o.Role == r.Role && o.IsPerson == r.IsPerson
            && text.AsSpan(at, o.Span.Start - at).IndexOfAny(",;:") < 0);
        return next is not null && next.Span.End <= sentence.End && (SaidToTheEnd(text.AsSpan(next.Span.End, sentence.End - next.Span.End))
            || next.IsPerson && PastAffiliation(text.AsSpan(next.Span.End, sentence.End - next.Span.End)) is { IsEmpty: false } past && SaidToTheEnd(past)) ? next : null;
    }
}
