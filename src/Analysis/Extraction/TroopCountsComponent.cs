namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Writes <see cref="Layers.TroopCounts"/>: the figures that count soldiers, with hedge, kind, status and whose
/// troops, attributed through the document's <see cref="Layers.Attribution"/> when the pipeline has one.
/// </summary>
internal sealed partial class TroopCountsComponent(Lexicon lexicon) : IComponent
{
    private readonly TroopCountFinder finder = TroopCountFinder.For(lexicon);
    private readonly SendingAgent units = SendingAgent.For(lexicon);
    private readonly PhraseMatcher totalWords = PhraseMatcher.Of(lexicon, ["total_after_parts"]);
    private readonly CountryAnaphors anaphors = new(lexicon);

    public string Name => "troop_counts";
    public IReadOnlyList<string> Needs => [Layers.Quantities.Name, Layers.Countries.Name];
    public IReadOnlyList<string> Reads => [Layers.Attribution.Name, Layers.GazetteerMatches.Name];
    public IReadOnlyList<string> Writes => [Layers.TroopCounts.Name];

    public void Run(AnnotatedDocument annotated)
    {
        var document = annotated.Document;
        var quantities = annotated.Get(Layers.Quantities);
        var attribution = annotated.TryGet(Layers.Attribution, out var one) ? one[0] : null;
        var sources = annotated.TryGet(Layers.GazetteerMatches, out var matches) ? matches : null;
        var countries = anaphors.With(document, WithoutDatelines(document, annotated.Get(Layers.Countries)),
            sources);
        var counts = new List<TroopCount>();
        var increments = new List<bool>();
        var ownerless = new List<bool>();
        string? previousSubject = null;
        // Of each sentence read, whether its last count (a number that is no date, year, amount of money or unit) is a troop
        // figure; null where it has none. A bare number leans on the count before it ("Another 40 were fined" after "Police
        // detained 150 protesters").
        var lastCountIsFigure = new bool?[document.Sentences.Count];
        var hadFigures = new bool[document.Sentences.Count];
        // The story's actor before a paragraph, worked out once per paragraph that needs it.
        (int Paragraph, string? Actor) earlier = (-1, null);
        // The cited spans of the sentence being read, and of a sentence read for its context while it is (two lists per
        // document, refilled, instead of a LINQ list per sentence).
        var cited = new List<TextSpan>();
        var nearby = new List<TextSpan>();
        foreach (var sentence in document.Sentences)
        {
            // The rules' cue is a number: a sentence without one costs nothing more.
            if (quantities[sentence.Index].Count == 0) continue;
            CitedSpans(document.Text, attribution, sentence.Index, cited);
            // Whose troops and whose words are worked out only for sentences that have figures (few do).
            var figures = finder.Find(document, sentence, quantities[sentence.Index], countries[sentence.Index], cited,
                () => ContextSubject(document, sentence, countries, attribution, nearby, previousSubject, hadFigures) ?? EarlierActorOnce(sentence)
                    ?? (finder.NamesCountedGroup(document.Text, sentence) ? null : CitedStateBody(document, sentence, attribution, sources, nearby))
                    ?? NamedUnitCountry(document, sentence, countries),
                () => TroopsInContext(document, sentence, countries, lastCountIsFigure, hadFigures) || HeadlineOverTroops(document, sentence, countries)
                    || NextNamesThem(document, sentence, countries),
                sources?[sentence.Index], () => CountBeforeIsTroops(document, sentence, countries, lastCountIsFigure) || HeadlineOverTroops(document, sentence, countries),
                () => KindBefore(document, sentence, counts),
                country => counts.Exists(c => c.Subject == country));
            lastCountIsFigure[sentence.Index] = finder.LastCountIsFigure(document.Text, sentence, quantities[sentence.Index], figures);
            if (figures.Count == 0) continue;
            hadFigures[sentence.Index] = true;
            foreach (var candidate in figures)
            {
                var figure = TotalOfParts(document, sentence, countries, counts, candidate) ? candidate with { Subject = null, NoOwner = true } : candidate;
                figure = Restated(counts, sentence, figure);
                var (origin, via) = attribution?.For(sentence, figure.Span) ?? (null, []);
                if (figure.Subject is null && !figure.NoOwner && figure.Kind != TroopKind.Casualties
                    && VoiceStateBody(document.Text, attribution, document.Sentences.Count, origin) is { } home
                    && finder.VoiceMayOwn(document.Text, sentence, figure.Span, home, countries[sentence.Index]))
                    figure = figure with { Subject = home };
                counts.Add(new TroopCount(
                    document.Quote(figure.Quantity.Span),
                    figure.Quantity.Value, figure.Quantity.Low, figure.Quantity.High,
                    figure.Hedge, figure.Kind, figure.Status, figure.Subject,
                    origin, via,
                    Provenance.Of(document, sentence, figure.Span)));
                increments.Add(finder.Increment(document.Text, figure));
                // A figure of no owner in a sentence of several nations' troops lends itself no later owner (LaterOwner).
                ownerless.Add(figure.NoOwner || (figure.Subject is null && finder.NamesSeveralNations(document.Text, sentence, sources?[sentence.Index])));
                previousSubject = figure.Subject ?? previousSubject;
            }
        }
        LaterOwner(counts, ownerless);
        PartsOfWhole(document.Text, counts, increments);
        PartsBeforeTotal(document.Text, counts, increments);
        PartsOfUncountedWholes(document.Text, counts);
        IncludedWithoutWhole(document.Text, counts);
        CasualtyPartsOfUncountedGroups(document.Text, counts);
        TollPartsAfter(document.Text, counts);
        PartsOfCountedDead(document.Text, counts);
        OtherParts(document.Text, counts);
        ArrivedShares(document.Text, counts, increments);
        ReportedBefore(document, counts);
        PointedRevisions(document, counts, increments);
        FirstStages(document, counts);
        ProgressiveChanges(document, counts);
        HeadlineSpeechInfinitives(document, counts);
        NationalShares(document.Text, counts, countries);
        EachOfCountries(document.Text, counts, countries);
        PledgedListRows(document, counts);
        annotated.Set(Layers.TroopCounts, counts);

        string? EarlierActorOnce(Sentence sentence)
        {
            if (earlier.Paragraph != sentence.Paragraph) earlier = (sentence.Paragraph, EarlierActor(document, sentence, countries, attribution, nearby));
            return earlier.Actor;
        }
    }

    // "Roughly 5,600 reservists will be notified ... \"It's approximately 5,600,\" the official said": a bare number with no
    // noun of its own that repeats the value of a figure of an earlier sentence restates it, and takes its time (planned or
    // earlier) when its own words gave it none.
    private static FigureCandidate Restated(List<TroopCount> counts, Sentence sentence, FigureCandidate figure)
    {
        if (figure.Status != EstimateStatus.Current || figure.Quantity.Value is not { } value || figure.Span.End > figure.Quantity.Span.End) return figure;
        for (var i = counts.Count - 1; i >= 0; i--)
            if (counts[i].Provenance.Sentence < sentence.Index && counts[i].Value == value && counts[i].Kind == figure.Kind)
                return counts[i].Status == EstimateStatus.Current ? figure : figure with { Status = counts[i].Status };
        return figure;
    }

    // The kind of the passage's last troop figure, when it stands in the sentence right before `sentence` or the one before that
    // (the context a bare number is read against: Follows); else none. "The spy agency put the figure at 3,000" restates it.
    private static TroopKind? KindBefore(Document document, Sentence sentence, List<TroopCount> counts)
    {
        if (counts.Count == 0 || !Follows(document, sentence)) return null;
        var last = counts[^1].Provenance.Sentence;
        return last == sentence.Index - 1 || (last == sentence.Index - 2 && Follows(document, document.Sentences[sentence.Index - 1]))
            ? counts[^1].Kind : null;
    }

    // "Wellington (RNZ Pacific) - About 9,000 Marines stationed in Japan", "DARWIN, NT, Australia - ... bringing the force to
    // 2,500": a country the dateline of a paragraph names is where the story was filed, no owner of its troops, nor its
    // passage's actor (the header's convention); the sentence's other countries stay. The Countries layer keeps it for the
    // sources (a wire story's unnamed voices are its dateline country's).
    private static IReadOnlyList<IReadOnlyList<CountryMention>> WithoutDatelines(Document document, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        IReadOnlyList<CountryMention>[]? copy = null;
        var sentences = document.Sentences;
        for (var i = 0; i < sentences.Count; i++)
        {
            var s = sentences[i];
            if (s.Paragraph == 0 || (i > 0 && sentences[i - 1].Paragraph == s.Paragraph) || countries[i].Count == 0) continue;
            var sentenceText = document.Text.AsSpan(s.Start, s.End - s.Start);
            var head = DatelineHeads.Length(sentenceText);
            if (head == 0 || !countries[i].Any(c => c.Span.Start < s.Start + head) || InfoboxRow(sentenceText, head)) continue;
            copy ??= [.. countries];
            copy[i] = [.. countries[i].Where(c => c.Span.Start >= s.Start + head)];
        }
        return copy ?? countries;
    }

    // "Strength: Uganda - 20,000 troops; Libya - 4,500 troops", "Japan - 53,700; Germany - 35,000": a fact box's row, not a
    // dateline: a label's colon before the dash, or a number right after it with more rows (';' or '|') to come.
    private static bool InfoboxRow(ReadOnlySpan<char> s, int head)
    {
        if (s[..head].Contains(':')) return true;
        var rest = s[head..].TrimStart();
        if (!rest.IsEmpty && rest[0] is '~' or '≈') rest = rest[1..];
        return !rest.IsEmpty && char.IsDigit(rest[0]) && rest.IndexOfAny(';', '|') >= 0;
    }

    // "Russia has kept moving units west. // Some 60,000 soldiers are now massed close to the frontier": with no owner in
    // the figure's paragraph and no figure before it, the last country named as an actor in the few sentences before the
    // paragraph (the headline included) is the story's actor.
    // Where the count's phrase stands in the text, within the count's span; -1 where it is not there as written.
    private static int PhraseStart(string text, TroopCount count)
    {
        var span = count.Provenance.Span;
        return text.IndexOf(count.Phrase, span.Start, Math.Max(0, span.End - span.Start), StringComparison.Ordinal);
    }

    private string? EarlierActor(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries, Attribution? attribution,
        List<TextSpan> cited)
    {
        var sentences = document.Sentences;
        var first = sentence.Index;
        while (first > 0 && sentences[first - 1].Paragraph == sentence.Paragraph) first--;
        for (var i = first - 1; i >= 0 && i >= first - EarlierSentences; i--)
            if (finder.NearestCountry(document.Text, sentences[i].Start, sentences[i].End, countries[i],
                    CitedSpans(document.Text, attribution, i, cited)) is { } country)
                return country;
        return null;
    }

    // How far before its paragraph a figure's owner is looked for: the lead and the headline of a short story.
    private const int EarlierSentences = 4;

    // "Ukraine's tally of North Korean troops is higher. Kyiv believes around 12,000 are involved": the passage before a number
    // (past none of the headline's) is about troops when the sentence right before counted soldiers or spoke of them, or, when
    // it counts nothing, the one before that did ("About 2,000 U.S. troops will move to Poland. Biden spoke with Duda on
    // Tuesday. The president said 1,000 more could follow"). A sentence between that counts other things ends it ("Some 3,000
    // troops are on the border. Border agents apprehended 250,000 in December. 7,000 crossed on one day").
    private bool TroopsInContext(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries, bool?[] lastCountIsFigure,
        bool[] hadFigures)
    {
        if (!Follows(document, sentence)) return false;
        var before = document.Sentences[sentence.Index - 1];
        if (hadFigures[before.Index] || finder.SpeaksOfTroops(document.Text, before, countries[before.Index])) return true;
        if (lastCountIsFigure[before.Index] is not null || !Follows(document, before)) return false;
        var earlier = document.Sentences[before.Index - 1];
        if (hadFigures[earlier.Index] || finder.SpeaksOfTroops(document.Text, earlier, countries[earlier.Index])) return true;
        return lastCountIsFigure[earlier.Index] is null && BridgedToTroops(document, earlier, countries, lastCountIsFigure, hadFigures, sentence);
    }

    // What "of them", "more", "another" or the subject of "have died" in a sentence not about troops is read against: the last
    // count of the sentence right before, or of the one before that when it counts nothing; with no count in either, the troops
    // they speak of. Whether that is a troop figure: "Russia has 30,000 troops near Kharkiv. Overnight Russia launched 400 at
    // Kyiv. Air defences shot down 350 of them" counts drones; "They rescued 12,000 people. Some 800 had died" no soldiers.
    private bool CountBeforeIsTroops(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries, bool?[] lastCountIsFigure)
    {
        var at = sentence;
        for (var k = 0; k < 2 && Follows(document, at); k++)
        {
            var before = document.Sentences[at.Index - 1];
            if (lastCountIsFigure[before.Index] is { } figure) return figure;
            if (finder.SpeaksOfTroops(document.Text, before, countries[before.Index])) return true;
            at = before;
        }
        return at.Index == sentence.Index - 2 && BridgedToTroops(document, at, countries, lastCountIsFigure, null, sentence, countFirst: true);
    }

    // "North Korea welcomes engineers home from Kursk, admits nine deaths": a headline (a first paragraph of one sentence) that
    // names people who may be soldiers reads against the sentence after it, which speaks of soldiers ("... received the
    // returning troops of the 528th regiment"); "Flood in the north: 14 deaths" names none.
    private bool HeadlineOverTroops(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries) =>
        sentence.Paragraph == 0 && sentence.Index + 1 < document.Sentences.Count && document.Sentences[sentence.Index + 1] is var next
        && next.Paragraph == 1 && finder.NamesPeopleWhoMayServe(document.Text, sentence)
        && finder.SpeaksOfTroops(document.Text, next, countries[next.Index]);

    // "Pyongyang has sent another 1,500 to Kursk, the NIS said. They are mostly engineers and deminers.": the sentence after, in the
    // same paragraph, says who the number counts when it opens with a word for them ("They", "Most of them", "The soldiers") and
    // names troops.
    private bool NextNamesThem(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        var next = sentence.Index + 1;
        return next < document.Sentences.Count && document.Sentences[next] is var after && after.Paragraph == sentence.Paragraph
            && finder.OpensWithWordForTroops(document.Text, after, countries[next]);
    }

    // Whether the sentence before is context for this one: in its paragraph, or the last of a paragraph that is not the headline.
    private static bool Follows(Document document, Sentence sentence) =>
        sentence.Index > 0 && document.Sentences[sentence.Index - 1] is var before && (before.Paragraph == sentence.Paragraph || before.Paragraph > 0);

    // Whose troops, when a figure's own sentence does not say (settled in session 12: the story's actor). The owner of the
    // passage's figures before it (`previous`) comes first: "North Korea has sent 11,000 troops. Ukraine launched its incursion
    // in August. About 3,000 soldiers have been killed" counts North Korea's dead, not Ukraine's, though Ukraine is the
    // nearer actor. Only a country bound to a troop noun in the context ("Ukrainian troops pushed into the region. Around
    // 10,000 soldiers took part") says otherwise. With no figure before, the last country named as an actor earlier in its
    // paragraph ("North Korea's military engagement ... a roster of 12 million soldiers").
    private string? ContextSubject(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries, Attribution? attribution,
        List<TextSpan> cited, string? previous, bool[] hadFigures)
    {
        if (sentence.Paragraph == 0) return previous;
        // Earlier sentences of the paragraph, nearest first, then the figure's own sentence.
        var sentences = document.Sentences;
        for (var i = sentence.Index - 1; i >= 0 && sentences[i].Paragraph == sentence.Paragraph; i--)
            // "Russia brought in about 12,000 North Korean troops to push Ukrainian forces out. ... at least 100 had been killed": a
            // sentence that counted troops already gave the context its owner (`previous`), whatever troops it names last.
            if (Nearest(sentences[i], out var bound) is { } country) return bound && (previous is null || !hadFigures[i]) ? country : previous ?? country;
        return Nearest(sentence, out var ownBound) is { } own && (ownBound || previous is null) ? own : previous;

        string? Nearest(Sentence s, out bool bound) =>
            finder.NearestCountry(document.Text, s.Start, s.End, countries[s.Index], CitedSpans(document.Text, attribution, s.Index, cited), out bound);
    }

    // "Uganda will provide 4,500, while Djibouti and Kenya are to send 1,520 and 1,410. In all, just under 12,000 military personnel
    // have been approved": a figure carried from the context (its sentence names no country) in a sentence with a word of
    // total_after_parts, after figures of two or more owners in the sentences right before (at most TotalReach back), adds up
    // their parts: several nations' total, no one's.
    private bool TotalOfParts(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries, List<TroopCount> counts,
        FigureCandidate figure)
    {
        if (figure.Subject is null || countries[sentence.Index].Count > 0 || !totalWords.Any(document.Text, sentence.Start, sentence.End)) return false;
        string? first = null;
        for (var i = counts.Count - 1; i >= 0 && counts[i].Provenance.Sentence >= sentence.Index - TotalReach; i--)
            if (counts[i].Subject is { } s && s != (first ??= s)) return true;
        return false;
    }

    private const int TotalReach = 2;

    // "The Marine Corps reactivated a base on Guam. Ultimately 5,000 Marines will be stationed there": with nothing else, the
    // country of a unit or service that names it by itself (unit_countries), in the earlier sentences of the figure's paragraph,
    // nearest first (its own sentence is read with the figure).
    private string? NamedUnitCountry(Document document, Sentence sentence, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        var sentences = document.Sentences;
        for (var i = sentence.Index - 1; i >= 0 && sentences[i].Paragraph == sentence.Paragraph; i--)
            if (units.UnitCountry(document.Text, sentences[i].Start, sentences[i].End, countries[i]) is { } country) return country;
        return null;
    }

    // "... has reached the area of the US Southern Command, as the US Navy communicated. The warship carries several thousand
    // soldiers": with no owner in the figure's words, no figure before and no actor, the country of a state body the passage
    // cites (a military or government the gazetteer knows; settled in session 12), in the figure's sentence or the earlier ones
    // of its paragraph, nearest first. Not an intelligence service, an outlet or a person ("Zelensky had put the number of
    // Chinese nationals in the war at 155"): they count other countries' troops.
    private static string? CitedStateBody(Document document, Sentence sentence, Attribution? attribution,
        IReadOnlyList<IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>>? sources, List<TextSpan> cited)
    {
        if (sources is null) return null;
        var sentences = document.Sentences;
        for (var i = sentence.Index; i >= 0 && sentences[i].Paragraph == sentence.Paragraph; i--)
        {
            if (sources[i].Count == 0) continue;
            CitedSpans(document.Text, attribution, i, cited);
            foreach (var (span, entry) in sources[i])
                if (entry.Kind is SourceKind.Military or SourceKind.Government && entry.Country is { } country
                    && cited.Exists(c => c.Start <= span.Start && span.End <= c.End))
                    return country;
        }
        return null;
    }

    // The spans of the sources a sentence cites (none without attribution), written into `into` after clearing it. A source
    // in a bracket takes the whole bracket: "about 11,000 (South Korea's NIS)" names the service's country, not the troops'.
    private static List<TextSpan> CitedSpans(string text, Attribution? attribution, int sentence, List<TextSpan> into)
    {
        into.Clear();
        if (attribution is null) return into;
        var refs = attribution.RefsOf(sentence);
        for (var i = 0; i < refs.Count; i++)
            if (refs[i].IsCited) into.Add(Bracketed(text, refs[i].Span));
        return into;
    }

    // The bracket a span stands in, when it opens and closes within 40 characters of it with no other bracket between; else the span.
    private static TextSpan Bracketed(string text, TextSpan span)
    {
        var from = Math.Max(0, span.Start - 40);
        var open = text.LastIndexOfAny(['(', ')'], Math.Max(span.Start - 1, 0), span.Start - from);
        if (open < 0 || text[open] != '(') return span;
        var to = Math.Min(text.Length, span.End + 40);
        var close = text.IndexOfAny(['(', ')'], span.End, to - span.End);
        return close < 0 || text[close] != ')' ? span : new TextSpan(open, close + 1);
    }
}
