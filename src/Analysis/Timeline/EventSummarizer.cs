using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// A short line for a timeline, written from a sentence by cutting, never by adding words: leading
/// connectives and scene-setting clauses go, asides between commas go, "X said that Y" keeps the
/// speaker and Y without "that" and without whom it was told to, and trailing clauses ("…, raising
/// questions") and prepositional phrases are dropped until the line fits <see cref="MaxWords"/>. A dateline the sentence
/// opens with ("UNITED NATIONS (AP) —", "GOMA, DR Congo:") goes first: it says where the story was filed, not what happened.
/// </summary>
public sealed class EventSummarizer
{
    public const int MaxWords = 13;

    private static readonly ConditionalWeakTable<Lexicon, EventSummarizer> ByLexicon = new();

    private readonly Regex comesAs, leadingClause, accordingTo, aside, filler, phraseBeforeModal, trailingAttribution;
    private readonly ReportedSpeech reported;
    private readonly TrailingClause trailingClause;
    private readonly PhraseMatcher prepositions, verbs, conjunctions;
    private readonly PhraseMatcher openers, connectives, copulas, hedgeParticiples;
    private readonly CueIndex cues;
    private readonly SummaryDateline dateline;
    // The aside's pattern is tried only where a comma, an opener right after it and a later comma are (its cue, an opener's
    // first word anywhere, is in nearly every line).
    private readonly SummaryAsideGate asideGate;
    // The trailing attribution's pattern is tried only where a reporting verb stands after the line's last comma, near its
    // end (its cue, a reporting verb anywhere, is in most long lines).
    private readonly SummaryAttributionGate attributionGate;

    // The verbs of the two lists as single tokens (case kept), when every phrase of both is one token, as the kit's
    // are: a verb is then told by one look-up per word, not a run of the verb matcher from each phrase start.
    private readonly WordSet? verbTokens, verbWithComplementTokens;

    // The cues of the patterns: a pattern is tried only on a line that holds the first word of one of its phrases.
    [Flags]
    private enum Cue : ulong
    {
        None = 0, Connective = 1, ClauseOpener = 2, Attribution = 4, Aside = 8, Trailing = 16, ReportingVerb = 32, That = 64,
        Filler = 128, Copula = 256, HedgeParticiple = 512, And = 1024, Modal = 2048, ModalPreposition = 4096, Comes = 8192,
        NewsSubject = 16384, RemarksFrom = 32768, FreshAdjective = 65536, SpeakerRole = 131072,
        // The halves of Trailing's pairs (see TrailingCues).
        Comma = 1 << 18, AfterComma = 1 << 19, TrailingOpener = 1 << 20, TrailingSecond = 1 << 21,
    }

    private EventSummarizer(Lexicon lexicon)
    {
        dateline = new SummaryDateline(new Analysis.Extraction.DatelinePlaces(lexicon, Analysis.Extraction.Countries.For(lexicon)));
        comesAs = lexicon.Regex("summary_comes_as");
        leadingClause = lexicon.Regex("summary_leading_clause");
        accordingTo = lexicon.Regex("summary_according_to");
        aside = lexicon.Regex("summary_aside");
        asideGate = new SummaryAsideGate(lexicon);
        attributionGate = new SummaryAttributionGate(lexicon);
        trailingClause = new TrailingClause(lexicon.Words("summary_trailing_after_comma"), lexicon.Words("summary_trailing_words"));
        reported = new ReportedSpeech(lexicon.Words("summary_reporting_verbs"));
        filler = lexicon.Regex("summary_filler");
        phraseBeforeModal = lexicon.Regex("summary_phrase_before_modal");
        trailingAttribution = lexicon.Regex("summary_trailing_attribution");
        prepositions = PhraseMatcher.Of(lexicon, [Preposition, NotPreposition]);
        // Verbs are looked for mid-line, in lower case: "by the end of May" holds no modal.
        verbs = PhraseMatcher.Of(lexicon, [Verb, VerbWithComplement], ignoreCase: false);
        if (lexicon.Words(Verb).Concat(lexicon.Words(VerbWithComplement)).All(w => PhraseMatcher.Tokens(w, 0, w.Length).Count == 1))
        {
            WordSet Tokens(string list) =>
                lexicon.Words(list).Select(w => PhraseMatcher.Tokens(w, 0, w.Length)[0] is var t ? PhraseMatcher.Normalized(w.AsSpan(t.Start, t.Length)).ToString() : w).ToWordSet(StringComparer.Ordinal);
            (verbTokens, verbWithComplementTokens) = (Tokens(Verb), Tokens(VerbWithComplement));
        }
        openers = PhraseMatcher.Of(lexicon, [FreshAdjective, SpeakerRole, RemarksFrom]);
        connectives = PhraseMatcher.Of(lexicon, ["summary_connectives"]);
        copulas = PhraseMatcher.Of(lexicon, ["summary_copulas"]);
        hedgeParticiples = PhraseMatcher.Of(lexicon, ["summary_hedge_participles"]);
        conjunctions = PhraseMatcher.Of(lexicon, ["summary_conjunctions"], ignoreCase: false);
        CueWords C(Cue cue, params string[] lists) => new((ulong)cue, lists.SelectMany(lexicon.Words));
        cues = new CueIndex(
        [
            C(Cue.Connective, "summary_connectives"), C(Cue.ClauseOpener, "summary_clause_openers"),
            C(Cue.Attribution, "summary_attribution_openers"), C(Cue.Aside, "summary_aside_openers"),
            .. TrailingCues(lexicon), C(Cue.ReportingVerb, "summary_reporting_verbs"),
            new((ulong)Cue.That, ["that"]), new((ulong)Cue.Comes, ["comes", "come"]), C(Cue.NewsSubject, "summary_news_subjects"),
            C(Cue.RemarksFrom, RemarksFrom), C(Cue.FreshAdjective, FreshAdjective), C(Cue.SpeakerRole, SpeakerRole),
            C(Cue.Filler, "summary_filler_words", "summary_size_adjectives", "summary_titles_before_names"), new((ulong)Cue.Filler, ["recent"]),
            C(Cue.Copula, "summary_copulas"), C(Cue.HedgeParticiple, "summary_hedge_participles"), new((ulong)Cue.And, ["and"]),
            C(Cue.Modal, "summary_modals"), C(Cue.ModalPreposition, "summary_modal_prepositions"),
        ], TrailingPairs);
    }

    // A line trails off at a word of summary_trailing_after_comma after a comma, or at a phrase of summary_trailing_words.
    // Their first words alone ("as", "with", the "in" of "in response to") are in nearly every line, so the lists are
    // cued by two tokens in a row: the comma and the word after it; the first two words of a phrase of several words (a
    // one-word phrase cues Trailing alone). Pairs of words from different phrases may set the bit too: it is only a gate.
    private static IEnumerable<CueWords> TrailingCues(Lexicon lexicon)
    {
        var (single, opener, second) = (new List<string>(), new List<string>(), new List<string>());
        foreach (var phrase in lexicon.Words("summary_trailing_words"))
            if (PhraseMatcher.Tokens(phrase, 0, phrase.Length) is var tokens && tokens.Count == 1) single.Add(phrase);
            else
            {
                opener.Add(phrase[tokens[0].Start..tokens[0].End]);
                second.Add(phrase[tokens[1].Start..tokens[1].End]);
            }
        return
        [
            new((ulong)Cue.Trailing, single), new((ulong)Cue.TrailingOpener, opener), new((ulong)Cue.TrailingSecond, second),
            new((ulong)Cue.Comma, [","]), new((ulong)Cue.AfterComma, lexicon.Words("summary_trailing_after_comma")),
        ];
    }

    private static readonly (ulong, ulong, ulong)[] TrailingPairs =
        [((ulong)Cue.Comma, (ulong)Cue.AfterComma, (ulong)Cue.Trailing), ((ulong)Cue.TrailingOpener, (ulong)Cue.TrailingSecond, (ulong)Cue.Trailing)];

    // The cues the first word of the line opens.
    private Cue First(string s) => CuesAt(s, 0, s.Length);

    // The cues the first word of s[start..end) opens: a phrase of a list can start there only if the bit of its list is set.
    private Cue CuesAt(string s, int start, int end) =>
        PhraseMatcher.NextToken(s, start, end) is ({ } first and >= 0, var last) ? (Cue)cues.Of(s, first, last) : Cue.None;

    // Whether the line may hold every one of the cues.
    private static bool Has(Cue present, Cue needed) => (present & needed) == needed;

    private const string Preposition = "summary_prepositions";
    private const string NotPreposition = "summary_not_prepositions";
    private const string Verb = "summary_verbs";
    private const string VerbWithComplement = "summary_verbs_with_complement";
    private const string FreshAdjective = "summary_fresh_adjectives";
    private const string SpeakerRole = "summary_speaker_roles";
    private const string RemarksFrom = "summary_remarks_from";

    /// <summary>The summarizer of the kit's lexicon.</summary>
    public static EventSummarizer Default => For(Lexicon.Default);

    /// <summary>The summarizer with the words of <paramref name="lexicon"/> (Data/lexicon/summaries.json), built once per lexicon.</summary>
    public static EventSummarizer For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new EventSummarizer(l));

    public string Summarize(string sentence)
    {
        if (dateline.Length(sentence) is > 0 and var filed) sentence = sentence[filed..];
        var trimmed = sentence.Trim();
        var collapsed = CollapseWhiteSpace(trimmed);
        var s = WithoutEndPunctuation(collapsed);
        // The line is only ever cut, so a word it lacks now it lacks later: one walk over its words says which patterns
        // can match. Cutting an aside may join two words ("X, who…,said"): the walk is done again after it. A line that
        // is the sentence less its ends is read in the sentence, whose tokens the components before have read.
        var present = (Cue)(ReferenceEquals(collapsed, trimmed) && Lead(sentence) is var from ? cues.Scan(sentence, from, from + s.Length) : cues.Scan(s));
        // The cues of the line's first word, read again only when the line has changed.
        var (firstOf, first) = ((string?)null, Cue.None);
        Cue FirstOf(string line) => ReferenceEquals(line, firstOf) ? first : first = First(firstOf = line);
        // The patterns anchored at the line's start are tried where its first word opens one of their phrases.
        for (var before = ""; before != s;)
        {
            before = s;
            if (Has(FirstOf(s), Cue.Connective) && LeadingConnective(s) is var connective and > 0) s = s[connective..];
            if (Has(FirstOf(s), Cue.NewsSubject) && Has(present, Cue.Comes)) s = comesAs.Replace(s, "");
            if (Has(FirstOf(s), Cue.ClauseOpener) && leadingClause.Match(s) is { Success: true } lead && Words(s.AsSpan(lead.Length)) >= 4) s = s[lead.Length..];
        }
        if (Has(FirstOf(s), Cue.Attribution) && accordingTo.Match(s) is { Success: true } according && Words(according.Groups["rest"].ValueSpan) >= 3)
            s = $"{according.Groups["who"].Value}: {according.Groups["rest"].Value}";
        if (Has(present, Cue.Aside) && asideGate.MayMatch(s) && aside.Replace(s, "") is var cut && cut.Length != s.Length) (s, present) = (cut, (Cue)cues.Scan(cut));
        // A line without a word of the trailing lists can trail off only at a semicolon or a dash: those are looked up alone.
        if ((Has(present, Cue.Trailing) ? trailingClause.Find(s) : TrailingClause.FindPunctuation(s)) is var trailing and >= 0 &&
            Words(s.AsSpan(0, trailing)) >= 3)
            s = s[..trailing];
        if (Has(present, Cue.ReportingVerb | Cue.That) && reported.Match(s) is { } said)
        {
            // Whom it was told to and when go ("revealed to Yonhap news agency that"), except the object of "told".
            var verb = s.AsSpan(said.VerbStart, said.VerbEnd - said.VerbStart);
            var told = verb.Equals("told", StringComparison.OrdinalIgnoreCase) ? s.AsSpan(said.VerbEnd, said.ObjectEnd - said.VerbEnd) : "";
            s = $"{Speaker(s, said.SpeakerEnd)} {verb}{told} {s.AsSpan(said.Clause)}";
        }
        if (Has(present, Cue.Filler)) s = filler.Replace(s, "");
        if (Has(FirstOf(s), Cue.RemarksFrom) && OpenerAt(s, RemarksFrom, 0, s.Length) is { } remarks && NameAfter(s, remarks, s.Length) is { } name) s = s[name..];
        // Only a line too long is cut further. Its words' starts are read once: a cut at a phrase keeps the words before
        // it, which are then counted by a search in the starts, not by a walk over the line again.
        var starts = WordStarts.Of(s);
        var words = starts.Count;
        if (words > MaxWords && Has(present, Cue.ReportingVerb) && attributionGate.MayMatch(s) && trailingAttribution.Match(s) is { Success: true } attribution && starts.Before(attribution.Index) is var beforeAttribution && beforeAttribution >= 4)
            (s, words) = (s[..attribution.Index], beforeAttribution);
        if (words > MaxWords && Has(present, Cue.Copula | Cue.HedgeParticiple) && HedgedPassive(sentence, s) is var hedge and >= 0 && starts.Before(hedge) is var beforeHedge && beforeHedge >= 3)
            (s, words) = (s[..hedge], beforeHedge);
        if (words > MaxWords && Has(present, Cue.And) && SecondPredicate(s) is var second and >= 0 && starts.Before(second) is var beforeSecond && beforeSecond >= 4)
            (s, words) = (s[..second], beforeSecond);
        if (words > MaxWords && Has(present, Cue.Modal | Cue.ModalPreposition) && phraseBeforeModal.Replace(s, " ", 1) is var unmodal && !ReferenceEquals(unmodal, s))
        {
            s = unmodal;
            words = (starts = WordStarts.Of(s)).Count;
        }
        // The line's last phrases go first ("by the security service"), then a phrase of its subject ("The number of
        // troops in the region has reached…"), then the last ones again.
        // Cut at a phrase's start, the line keeps the phrase starts before it: they are found again only after a subject
        // phrase goes.
        List<int>? phrases = null;
        var verbsAfter = new VerbsAfter();
        while (words > MaxWords)
        {
            // Cut at a phrase with no verb after it, the line keeps what was read of its end: nothing.
            if (phrases is null) (phrases, verbsAfter) = (PhraseStarts(sentence, s), new VerbsAfter(s.Length));
            if (LastPhrase(s, phrases, ref verbsAfter) is { } at && starts.Before(phrases[at]) is var beforeCut && beforeCut >= 4)
            {
                (s, words) = (s[..phrases[at]], beforeCut);
                phrases.RemoveRange(at, phrases.Count - at);
                verbsAfter = new VerbsAfter(s.Length);
            }
            else if (SubjectPhrase(sentence, s, phrases, starts) is { } subject)
            {
                // The words of the subject's phrase go: the words of the line are those before it and after it.
                words -= starts.Before(subject.End) - starts.Before(subject.Start);
                s = s[..subject.Start] + s[subject.End..];
                (starts, phrases) = (WordStarts.Of(s), null);
            }
            else break;
        }
        if (words > MaxWords) s = string.Concat(s.AsSpan(0, NthSpace(s, MaxWords)), "…");
        s = WithoutEndPunctuation(s);
        return s.Length == 0 || char.ToUpperInvariant(s[0]) == s[0] ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    // Where the n-th space of s is (what string.Join(' ', s.Split(' ').Take(n)) keeps ends there); s's length when it has fewer.
    private static int NthSpace(string s, int n)
    {
        for (var at = 0; at < s.Length; at++)
            if (s[at] == ' ' && --n == 0) return at;
        return s.Length;
    }

    // Where a matcher reads the line: in the sentence when the line still is a piece of it (its tokens, read by the
    // components before, are read again only where the line cuts one), else in the line itself.
    private static (string Text, int Offset) Source(string sentence, string line) =>
        line.Length > 0 && sentence.AsSpan().IndexOf(line) is var at and >= 0 ? (sentence, at) : (line, 0);

    // Where the sentence's text starts after its leading white space (what Trim removes).
    private static int Lead(string s)
    {
        var lead = 0;
        while (lead < s.Length && char.IsWhiteSpace(s[lead])) lead++;
        return lead;
    }

    // What s.Split(' ', RemoveEmptyEntries).Length counts, without the array: the runs of non-spaces.
    private static int Words(ReadOnlySpan<char> s)
    {
        // A run starts at the line's start, or after a space that something else follows. Words are short: a plain loop
        // beats a search for each space.
        var words = s.Length > 0 && s[0] != ' ' ? 1 : 0;
        for (var at = 1; at < s.Length; at++)
            if (s[at] != ' ' && s[at - 1] == ' ') words++;
        return words;
    }

    // What Regex.Replace(s, @"\s+", " ") returns (\s is char.IsWhiteSpace), without a regex or a copy
    // for the usual sentence, whose only white space is single spaces.
    private static string CollapseWhiteSpace(string s)
    {
        if (s.AsSpan().IndexOfAny(WhiteSpace.ButSpace) < 0 && !s.Contains("  ", StringComparison.Ordinal)) return s;
        var i = 0;
        while (i < s.Length && (!char.IsWhiteSpace(s[i]) || (s[i] == ' ' && (i + 1 == s.Length || !char.IsWhiteSpace(s[i + 1]))))) i++;
        if (i == s.Length) return s;
        var collapsed = new System.Text.StringBuilder(s.Length).Append(s, 0, i);
        while (i < s.Length)
        {
            if (!char.IsWhiteSpace(s[i])) collapsed.Append(s[i++]);
            else
            {
                collapsed.Append(' ');
                while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            }
        }
        return collapsed.ToString();
    }

    // Where the prepositions of s are, as the starts of the white space before them: a preposition is a whole word
    // with white space on both sides, and one right after another ("in to") is not a start of its own, its white space
    // being the first one's. Cut at one start, s has exactly the starts before it.
    private List<int> PhraseStarts(string sentence, string s)
    {
        var starts = new List<int>();
        var taken = 0;
        var (text, offset) = Source(sentence, s);
        var hits = prepositions.Find(text, offset, offset + s.Length);
        for (var h = 0; h < hits.Count; h++)
        {
            var hit = hits[h];
            if (hit.Label != Preposition) continue;
            var (start, end) = (hit.Span.Start - offset, hit.Span.End - offset);
            if (start == 0 || !char.IsWhiteSpace(s[start - 1]) || end == s.Length || !char.IsWhiteSpace(s[end])) continue;
            var space = start;
            while (space > 0 && char.IsWhiteSpace(s[space - 1])) space--;
            if (space < taken) continue;
            starts.Add(space);
            taken = end;
            while (taken < s.Length && char.IsWhiteSpace(s[taken])) taken++;
        }
        return starts;
    }

    // Which of the phrases (their starts in s) is the last prepositional phrase, if it leaves a subject and
    // a verb behind. The complement of a verb such as "hinted at" is not a phrase to drop.
    // How much of a line's end has been read for a verb of summary_verbs, from the end: s[From..] holds none.
    private record struct VerbsAfter(int From);

    private int? LastPhrase(string s, List<int> starts, ref VerbsAfter read)
    {
        // The last that qualifies is looked for from the end. A verb after one start is after every earlier
        // start too, so the first start from the end with a verb after it ends the search.
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            if (verbTokens is null ? HasVerb(s, starts[i]) : VerbFrom(s, starts[i], ref read)) return null;
            if (!EndsWithVerbWithComplement(s, starts[i])) return i;
        }
        return null;
    }

    // Whether the verb matcher finds a verb of summary_verbs in s[from..].
    private bool HasVerb(string s, int from)
    {
        var hits = verbs.Find(s, from, s.Length);
        for (var i = 0; i < hits.Count; i++)
            if (hits[i].Label == Verb) return true;
        return false;
    }

    // Whether a word of s that starts at or after `from` is a verb of summary_verbs (the verbs being single words): the
    // words are read from the end back, as far as `from`, and only once.
    private bool VerbFrom(string s, int from, ref VerbsAfter read)
    {
        var tokens = verbTokens!;
        // A token is a run of letters and digits or one other character but white space (PhraseMatcher's): read
        // backwards, the same tokens.
        var at = read.From;
        while (at > from)
        {
            var end = at;
            while (end > from && char.IsWhiteSpace(s[end - 1])) end--;
            if (end == from) break;
            var start = end - 1;
            if (char.IsLetterOrDigit(s[start]))
                while (start > 0 && char.IsLetterOrDigit(s[start - 1])) start--;
            // A word that starts before `from` is not after it: it is read again from the next start before it.
            if (start < from) break;
            if (tokens.Contains(PhraseMatcher.Normalized(s.AsSpan(start, end - start)))) return true;
            at = start;
        }
        read = new VerbsAfter(at);
        return false;
    }

    // Where the first verb of either list starts in s (as the verb matcher finds it); -1 when there is none.
    private int FirstVerb(string s)
    {
        if (verbTokens is { } tokens && verbWithComplementTokens is { } complements)
        {
            for (var at = 0; PhraseMatcher.NextToken(s, at, s.Length) is ({ } start and >= 0, var end); at = end)
                if (PhraseMatcher.Normalized(s.AsSpan(start, end - start)) is var token && (tokens.Contains(token) || complements.Contains(token))) return start;
            return -1;
        }
        return verbs.Find(s) is [{ } verb, ..] ? verb.Span.Start : -1;
    }

    // The last phrase between the subject and the first verb ("in the region" of "The troops in the region have left"),
    // as the span to remove: not one right after a participle ("captured in Kursk"), nor one that holds a comma or a
    // conjunction, and at least two words stay before it.
    private (int Start, int End)? SubjectPhrase(string sentence, string s, List<int> starts, WordStarts words)
    {
        if (FirstVerb(s) is var end && end < 0) return null;
        while (end > 0 && char.IsWhiteSpace(s[end - 1])) end--;
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            var start = starts[i];
            if (start >= end) continue;
            if (words.Before(start) < 2 || s.AsSpan(start, end - start).IndexOfAny(',', ';') >= 0 ||
                s.AsSpan(0, start).EndsWith("ed", StringComparison.OrdinalIgnoreCase) || Source(sentence, s) is var (text, offset) && conjunctions.Any(text, offset + start, offset + end))
                return null;
            return (start, end);
        }
        return null;
    }

    // Whether the word that ends s[..end] is a verb that takes a complement ("hinted" in "hinted at").
    private bool EndsWithVerbWithComplement(string s, int end)
    {
        var start = end;
        while (start > 0 && char.IsLetterOrDigit(s[start - 1])) start--;
        if (start == end) return false;
        // The word is one token: the matcher finds it exactly when it is a one-word phrase of the list.
        if (verbWithComplementTokens is { } complements) return complements.Contains(s.AsSpan(start, end - start));
        var hits = verbs.Find(s, start, end);
        for (var i = 0; i < hits.Count; i++)
            if (hits[i] is { Label: VerbWithComplement } h && h.Span.Start == start && h.Span.End == end) return true;
        return false;
    }

    // The end of the phrase of <paramref name="list"/> that s[start..end) opens with, followed by white space; null when
    // there is none.
    private int? OpenerAt(string s, string list, int start, int end)
    {
        var last = start;
        while (last < end && !char.IsWhiteSpace(s[last])) last++;
        // Openers are at most a few words: look at the first four.
        for (var words = 1; words < 4 && last < end; words++)
        {
            while (last < end && char.IsWhiteSpace(s[last])) last++;
            while (last < end && !char.IsWhiteSpace(s[last])) last++;
        }
        foreach (var hit in openers.Find(s, start, last))
            if (hit.Span.Start == start && hit.Label == list && hit.Span.End < end && char.IsWhiteSpace(s[hit.Span.End])) return hit.Span.End;
        return null;
    }

    // Where the capitalized name after white space at <paramref name="at"/> starts, if one does.
    private static int? NameAfter(string s, int at, int end)
    {
        var name = at;
        while (name < end && char.IsWhiteSpace(s[name])) name++;
        return name > at && name < end && char.IsAsciiLetterUpper(s[name]) ? name : null;
    }

    // "Lawmakers Lee Seongkweun and Park Sunwon" speak as "Lawmakers": the actors list keeps their names. The speaker is
    // s[..end), read in the line (whose tokens are read already).
    private string Speaker(string s, int end)
    {
        // The openers' matcher is run only where the word there may open one of its phrases.
        var start = Has(CuesAt(s, 0, end), Cue.FreshAdjective) ? OpenerAt(s, FreshAdjective, 0, end) ?? 0 : 0;
        // What Trim leaves.
        while (start < end && char.IsWhiteSpace(s[start])) start++;
        var last = end;
        while (last > start && char.IsWhiteSpace(s[last - 1])) last--;
        if (last == start) return s[..end];
        if (Words(s.AsSpan(start, last - start)) > 4 && Has(CuesAt(s, start, last), Cue.SpeakerRole) && OpenerAt(s, SpeakerRole, start, last) is { } role && NameAfter(s, role, last) is not null) last = role;
        var first = char.ToUpperInvariant(s[start]);
        return string.Concat(new ReadOnlySpan<char>(in first), s.AsSpan(start + 1, last - start - 1));
    }

    private static readonly (char Open, char Close)[] Quotes = [('‘', '’'), ('“', '”'), ('\'', '\''), ('"', '"')];

    // End punctuation goes; a closing quote stays only if its opening quote is in the line.
    private static string WithoutEndPunctuation(string s)
    {
        s = TrimEnd(s, " .,;:!?—–-");
        foreach (var (open, close) in Quotes)
        {
            if (!s.EndsWith(close)) continue;
            var count = s.AsSpan().Count(close) + (open == close ? 0 : s.AsSpan().Count(open));
            if (count % 2 == 1) s = s[..s.AsSpan(0, s.Length - 1).TrimEnd(" .,").Length];
        }
        return s;
    }

    // What s.TrimEnd(characters) returns, without the array its params make on every call.
    private static string TrimEnd(string s, ReadOnlySpan<char> characters) =>
        s.AsSpan().TrimEnd(characters).Length is var kept && kept == s.Length ? s : s[..kept];

    // "However, the agency said…": where the line goes on after a leading connective and the comma or white space after
    // it; 0 when it opens with none.
    private int LeadingConnective(string s)
    {
        if (connectives.FindAtStart(s, 0, s.Length) is not [{ Span.Start: 0 } hit, ..]) return 0;
        var (end, space) = (hit.Span.End, PhraseLiteral.SkipWhiteSpace(s, hit.Span.End, s.Length));
        if (space < s.Length && s[space] == ',' && PhraseLiteral.SkipWhiteSpace(s, space + 1, s.Length) is var afterComma && afterComma > space + 1) return afterComma;
        return space > end ? space : 0;
    }

    // "…is believed to have…": where the white space before a copula, a hedging participle and "to" starts; -1 when
    // the line has none.
    private int HedgedPassive(string sentence, string s)
    {
        var (text, offset) = Source(sentence, s);
        foreach (var copula in copulas.Find(text, offset, offset + s.Length))
        {
            var (start, end) = (copula.Span.Start - offset, copula.Span.End - offset);
            if (start == 0 || !char.IsWhiteSpace(s[start - 1]) || PhraseLiteral.SkipWhiteSpace(s, end, s.Length) is var participle && participle == end) continue;
            if (hedgeParticiples.FindAtStart(text, offset + participle, offset + s.Length) is not [{ } hedge, ..] || hedge.Span.Start != offset + participle) continue;
            var hedgeEnd = hedge.Span.End - offset;
            var to = PhraseLiteral.SkipWhiteSpace(s, hedgeEnd, s.Length);
            if (to == hedgeEnd || !s.AsSpan(to).StartsWith("to", StringComparison.OrdinalIgnoreCase) || to + 2 < s.Length && CueIndex.IsWordCharacter(s[to + 2])) continue;
            while (start > 0 && char.IsWhiteSpace(s[start - 1])) start--;
            return start;
        }
        return -1;
    }

    // A second predicate joined by "and" ("…labeled them X and disparaged…") goes first when a line is too long: where
    // the white space before that "and" starts; -1 when there is none.
    private static int SecondPredicate(string s)
    {
        for (var at = 0; PhraseMatcher.NextToken(s, at, s.Length) is ({ } start and >= 0, var end); at = end)
        {
            if (start == 0 || !char.IsWhiteSpace(s[start - 1]) || !s.AsSpan(start, end - start).Equals("and", StringComparison.OrdinalIgnoreCase)) continue;
            var word = PhraseLiteral.SkipWhiteSpace(s, end, s.Length);
            if (word == end) continue;
            var wordEnd = word;
            while (wordEnd < s.Length && CueIndex.IsWordCharacter(s[wordEnd])) wordEnd++;
            if (wordEnd - word < 3 || !s.AsSpan(wordEnd - 2, 2).Equals("ed", StringComparison.OrdinalIgnoreCase)) continue;
            while (start > 0 && char.IsWhiteSpace(s[start - 1])) start--;
            return start;
        }
        return -1;
    }
}
