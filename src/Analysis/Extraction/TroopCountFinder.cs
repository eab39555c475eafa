using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Decides which numbers of a sentence count soldiers, and what they count. A number counts
/// soldiers when a troop noun follows it ("10,000 North Korean troops", "a 3,000-strong unit"),
/// when it is the amount of a troop noun before it ("a force of 10,000", "the number of troops at
/// 11,000"), when soldiers are killed or wounded ("1,200 were killed" in a sentence about troops), or
/// when it is a bare number set against a troop figure of the same sentence ("up from 3,000", "the
/// earlier estimate of 3,000"). Dates, years, percentages, money, ordinals and counts of other things
/// ("12 million people") are not troop counts. The words are the lexicon's (Data/lexicon/figures.json,
/// countries.json); the rules are built once per lexicon.
/// </summary>
internal sealed class TroopCountFinder
{
    // Where troops are ("in the Kursk region", "to Russia"): a deployment only when no word of the figure's segment says
    // what happened to them ("killed three soldiers in the Kursk region" counts casualties).
    private const string Destination = "destination";
    private const string Casualty = "casualty_cues", ArmySize = "army_size_cues", Deployment = "deployment_cues", PossibleCue = "possible_cues", Place = "places", PlaceNoun = "place_nouns", Readiness = "readiness_cues", OtherCue = "other_cues";
    private static readonly ConditionalWeakTable<Lexicon, TroopCountFinder> Cache = new();

    private readonly Regex casualtyAfter, anchorBefore;
    private readonly NounAfterNumber nounAfter, contextNounAfter, peopleOfCountry;
    private readonly AmountPhrase amountBefore, estimateBefore, targetBefore;
    private readonly Regex earlierBefore, earlierAfter, plannedBefore, plannedAfter;
    private readonly PhraseMatcher troopWords, cues;
    private readonly AdjacentPhrases unitWords, strengthSuffixes, strengthWords, bareFollowers, percent, money, units, months, labels, ratios,
        subsetCues, destinationWords, originPrepositions, regionAdjectives, articles, peopleNouns, ellipsis, more, coordinators, clauseVerbs, sendVerbs, infinitiveMarkers,
        existentials, futureBefore, plannedAfterWords, pronounCopulas, subsetOpeners, subsetVerbs, speakerWords, troopNouns, placeHeads, possessives, countryPronouns,
        targetPrepositions, targetDateWords, replacementWords, troopObjectVerbs, earlierFrom, newValueTo, planVerbs, firstPartOf, objectFillers, nonTroopNouns, expectVerbs;
    private readonly PhraseMatcher mobilizationVerbs, currentCues, futureMarkers, futureModals, contextNouns;
    // The first letters of the target prepositions: a word that starts with none of them is not tried.
    private readonly SearchValues<char> targetOpeners;
    // The words the status patterns name (figures.json): each is tried only where the words of one of its branches are
    // (see Status).
    private readonly CueIndex statusCues;
    private const ulong EarlierAdjective = 1, ReportNoun = 2, RevisionVerb = 4, HadVerb = 8, EarlierAdverb = 16, EarlierVerb = 32,
        EstimatedVerb = 64, EarlierAfter = 128, PlanCue = 256, SendVerb = 512, PlanNoun = 1024, ArrivalVerb = 2048, FutureAfter = 4096;
    private readonly SendingAgent agent;
    private readonly string[] destinationPrepositions, compassWords;

    private TroopCountFinder(Lexicon lexicon)
    {
        const RegexOptions ignoreCase = RegexOptions.IgnoreCase;
        nounAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "troop_nouns");
        contextNounAfter = NounAfterNumber.Of(lexicon, "noun_modifiers", "context_troop_nouns");
        peopleOfCountry = new NounAfterNumber(lexicon.Words("noun_modifiers"), PluralDemonyms(lexicon));
        objectFillers = AdjacentPhrases.Of(lexicon, "object_fillers");
        nonTroopNouns = AdjacentPhrases.Of(lexicon, "non_troop_nouns");
        expectVerbs = AdjacentPhrases.Of(lexicon, "expect_verbs", ignoreCase: false);
        speakerWords = AdjacentPhrases.Of(lexicon, "speaker_words");
        troopNouns = AdjacentPhrases.Of(lexicon, "troop_nouns");
        placeHeads = AdjacentPhrases.Of(lexicon, "place_heads");
        possessives = AdjacentPhrases.Of(lexicon, "possessive_pronouns");
        countryPronouns = AdjacentPhrases.Of(lexicon, "country_pronouns");
        targetPrepositions = AdjacentPhrases.Of(lexicon, "target_prepositions");
        targetDateWords = AdjacentPhrases.Of(lexicon, "target_date_words");
        replacementWords = AdjacentPhrases.Of(lexicon, "replacement_words");
        troopObjectVerbs = AdjacentPhrases.Of(lexicon, "troop_object_verbs");
        earlierFrom = AdjacentPhrases.Of(lexicon, "earlier_from");
        newValueTo = AdjacentPhrases.Of(lexicon, "new_value_to");
        targetOpeners = SearchValues.Create(lexicon.Words("target_prepositions").SelectMany(w => (char[])[char.ToLowerInvariant(w[0]), char.ToUpperInvariant(w[0])]).Distinct().ToArray());
        futureMarkers = PhraseMatcher.Of(lexicon, ["future_markers"]);
        futureModals = PhraseMatcher.Of(lexicon, ["future_modals"]);
        contextNouns = PhraseMatcher.Of(lexicon, ["context_troop_nouns"]);
        amountBefore = AmountPhrase.Of(lexicon, "troop_amount_nouns", "amount_connectors", reach: 60);
        estimateBefore = AmountPhrase.Of(lexicon, "estimate_nouns", "estimate_connectors", reach: 30);
        targetBefore = AmountPhrase.Of(lexicon, "target_nouns", "estimate_connectors", reach: 30);
        casualtyAfter = lexicon.Regex("casualty_after", RegexOptions.None);
        anchorBefore = lexicon.Regex("anchor_before", ignoreCase | RegexOptions.RightToLeft);
        earlierBefore = lexicon.Regex("earlier_before", ignoreCase);
        earlierAfter = lexicon.Regex("earlier_after", ignoreCase);
        plannedBefore = lexicon.Regex("planned_before", ignoreCase);
        plannedAfter = lexicon.Regex("planned_after", ignoreCase);
        troopWords = PhraseMatcher.Of(lexicon, ["troop_words"]);
        cues = PhraseMatcher.Of(lexicon, [Casualty, ArmySize, Deployment, PossibleCue, Place, PlaceNoun, Readiness, OtherCue], ignoreCase: false);
        unitWords = AdjacentPhrases.Of(lexicon, "troop_unit_words");
        strengthSuffixes = AdjacentPhrases.Of(lexicon, "strength_suffixes");
        strengthWords = AdjacentPhrases.Of(lexicon, "strength_words");
        bareFollowers = AdjacentPhrases.Of(lexicon, "bare_followers", ignoreCase: false);
        percent = AdjacentPhrases.Of(lexicon, "percent_words");
        money = AdjacentPhrases.Of(lexicon, ["currency_symbols", "currency_codes"], ignoreCase: false);
        units = AdjacentPhrases.Of(lexicon, "units");
        months = AdjacentPhrases.Of(lexicon, "months", ignoreCase: false);
        labels = AdjacentPhrases.Of(lexicon, "label_words", ignoreCase: false);
        ratios = AdjacentPhrases.Of(lexicon, "ratio_words", ignoreCase: false);
        subsetCues = AdjacentPhrases.Of(lexicon, "subset_cues");
        subsetOpeners = AdjacentPhrases.Of(lexicon, "subset_openers");
        subsetVerbs = AdjacentPhrases.Of(lexicon, "subset_verbs", ignoreCase: false);
        destinationWords = AdjacentPhrases.Of(lexicon, "destination_words", ignoreCase: false);
        originPrepositions = AdjacentPhrases.Of(lexicon, "origin_prepositions");
        destinationPrepositions = lexicon.Words("destination_prepositions").ToArray();
        compassWords = lexicon.Words("region_adjectives").ToArray();
        regionAdjectives = AdjacentPhrases.Of(lexicon, "region_adjectives");
        articles = AdjacentPhrases.Of(lexicon, "articles");
        peopleNouns = AdjacentPhrases.Of(lexicon, "people_nouns");
        ellipsis = AdjacentPhrases.Of(lexicon, "ellipsis_after");
        more = AdjacentPhrases.Of(lexicon, "more_after");
        coordinators = AdjacentPhrases.Of(lexicon, "coordinators");
        clauseVerbs = AdjacentPhrases.Of(lexicon, "clause_verbs", ignoreCase: false);
        sendVerbs = AdjacentPhrases.Of(lexicon, "sending_verbs", ignoreCase: false);
        infinitiveMarkers = AdjacentPhrases.Of(lexicon, "infinitive_markers");
        planVerbs = AdjacentPhrases.Of(lexicon, "send_verbs");
        firstPartOf = AdjacentPhrases.Of(lexicon, "first_part_of");
        existentials = AdjacentPhrases.Of(lexicon, "existentials");
        futureBefore = AdjacentPhrases.Of(lexicon, "future_before");
        plannedAfterWords = AdjacentPhrases.Of(lexicon, "planned_after_words");
        pronounCopulas = AdjacentPhrases.Of(lexicon, "pronoun_copulas");
        mobilizationVerbs = PhraseMatcher.Of(lexicon, ["mobilization_verbs"]);
        currentCues = PhraseMatcher.Of(lexicon, ["current_cues"]);
        statusCues = CueIndex.Of(lexicon, "earlier_adjectives", "report_nouns", "revision_verbs", "had_verbs", "earlier_adverbs", "earlier_verbs",
            "estimated_verbs", "earlier_after", "plan_cues", "send_verbs", "plan_nouns", "arrival_verbs", "future_after");
        agent = SendingAgent.For(lexicon);
    }

    // "Kenyans", "North Koreans", "Pakistanis": the people of a country, a demonym in -n or -i and an s (and the aliases
    // written so).
    private static IEnumerable<string> PluralDemonyms(Lexicon lexicon) =>
        lexicon.Countries.SelectMany(c => c.Demonyms.Where(d => d.Length > 2 && d[^1] is 'n' or 'i').Select(d => d + "s")
            .Concat(c.Aliases.Where(a => c.Demonyms.Any(d => a == d + "s")))).Distinct(StringComparer.Ordinal);

    /// <summary>The figure rules of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static TroopCountFinder For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new TroopCountFinder(l));

    /// <summary>
    /// The troop counts of one sentence, among its <paramref name="quantities"/>. <paramref name="masked"/>: spans (cited sources) whose countries
    /// are not the troops'. <paramref name="previousSubject"/>: whose troops the context speaks of, asked
    /// only when a figure's own sentence does not say. <paramref name="troopsBefore"/>: whether the sentence before, in the same
    /// paragraph, counted troops or spoke of them, so a number of this one may count them with no troop noun ("around 12,000 are there").
    /// <paramref name="sources"/>: the gazetteer's names in the sentence, which may be who sends the troops.
    /// </summary>
    public List<FigureCandidate> Find(Document document, Sentence sentence, IReadOnlyList<Quantity> quantities, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<TextSpan> masked, Func<string?> previousSubject, Func<bool>? troopsBefore = null, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources = null)
    {
        if (quantities.Count == 0) return [];
        var text = document.Text;
        var (start, end) = (sentence.Start, sentence.End);
        var found = new List<(Quantity Q, TextSpan Span, bool Anchored)>();
        var parts = new HashSet<Quantity>();
        bool? troopWord = null;
        bool? context = null;
        // Whether the sentence has a noun that counts troops only in context: most have none, and skip the rule.
        bool? contextNoun = null;
        bool AboutTroops() => (troopWord ??= HasTroopWord(text, start, end, countries)) || (context ??= troopsBefore?.Invoke() ?? false);

        foreach (var q in quantities)
        {
            if (IsTrap(text, start, end, q)) continue;
            // Spans, not substrings: the regexes read the same characters, and nothing is copied.
            var after = text.AsSpan(q.Span.End, end - q.Span.End);
            var before = text.AsSpan(start, q.Span.Start - start);
            if (nounAfter.NounEnd(text, q.Span.End, end) is var noun and >= 0 && !IsYear(q, true))
            {
                found.Add((q, new TextSpan(q.Span.Start, noun), false));
                continue;
            }
            if (IsYear(q, false)) continue;
            // "the drills involve some 12,800 participants", "has sent 300 engineers": nouns that count troops only in a
            // sentence about them or after a sending verb.
            if ((contextNoun ??= contextNouns.Any(text, start, end)) && contextNounAfter.NounEnd(text, q.Span.End, end) is var other and >= 0
                && (VerbBefore(sendVerbs, text, start, q.Span.Start) || AboutTroops()))
            {
                found.Add((q, new TextSpan(q.Span.Start, other), false));
                continue;
            }
            // "join more than 600 other Kenyans already deployed": the people of a country counted beside a troop figure of a
            // sentence are troops too (anchored: alone, "40 Kenyans" may be anyone).
            if (peopleOfCountry.NounEnd(text, q.Span.End, end) is var demonymEnd and >= 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, demonymEnd), true));
                continue;
            }
            if (StrengthAfter(text, q.Span.End, end) is var strong and > 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, strong), false));
                continue;
            }
            var bare = IsBare(text, q.Span.End, end);
            // "units which number some 12,000 people": after an amount of troops, people are the troops.
            var people = bare ? -1 : Spaced(text, q.Span.End) ? peopleNouns.EndOfPhraseAt(text, q.Span.End, end) : -1;
            // The hedge may be the verb that joins them: "losses have exceeded 450".
            var amount = AmountBefore(text, start, q.Span.Start) || (q.Core.Start > q.Span.Start && AmountBefore(text, start, q.Core.Start));
            if ((bare || people > 0) && (amount || MobilizedBefore(text, start, q.Span.Start)))
            {
                found.Add((q, people > 0 ? new TextSpan(q.Span.Start, people) : q.Span, false));
                continue;
            }
            if (bare && AboutTroops() && estimateBefore.Before(text, start, q.Span.Start))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            if (AboutTroops() && First(casualtyAfter, after) is { } casualty)
            {
                found.Add((q, new TextSpan(q.Span.Start, q.Span.End + casualty.Index + casualty.Length), false));
                continue;
            }
            // "10,000 soldiers in Russia, as many as 8,000 of them in Kursk": a part of the troops the sentence counts.
            // "there could soon be 20,000 of them": after "there is/are/will be", all of them, not a part.
            if (bare && Spaced(text, q.Span.End) && ellipsis.EndOfPhraseAt(text, q.Span.End, end) is var part and > 0)
            {
                found.Add((q, new TextSpan(q.Span.Start, part), !AboutTroops()));
                if (existentials.StartOfPhraseBefore(text, start, q.Span.Start) < 0) parts.Add(q);
                continue;
            }
            // "has deployed roughly 100,000 near the border", "amassed an estimated 100,000": what these verbs take is troops.
            if (bare && (q.Value is null or >= 100) && VerbBefore(troopObjectVerbs, text, start, q.Span.Start))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // In a sentence about troops, a number that is the subject of a clause ("as many as 12,000 could follow",
            // "of whom 9,500 are troops"), the object of a sending verb ("would dispatch some 12,000") or of a verb of
            // expecting or counting ("It expects about 12,000 by the end of the year"), or what a pronoun
            // is ("It's approximately 5,600," after a sentence about them) counts them.
            if (bare && !IsYear(q, false) && AboutTroops() && (q.Value is null or >= 100) && !NonTroopAfter(text, q.Span.End, end)
                && ((Spaced(text, q.Span.End) && clauseVerbs.EndOfPhraseAt(text, q.Span.End, end) > 0) || VerbBefore(sendVerbs, text, start, q.Span.Start)
                    || VerbBefore(expectVerbs, text, start, q.Span.Start)
                    || pronounCopulas.StartOfPhraseBefore(text, start, q.Span.Start) >= 0))
            {
                found.Add((q, q.Span, false));
                continue;
            }
            // "up to 5,000 more will follow": more of the troops the sentence counts, or speaks of ("troops returned to the
            // front, and between 1,000 and 3,000 more had been sent").
            if (Spaced(text, q.Span.End) && more.EndOfPhraseAt(text, q.Span.End, end) is var extra and > 0 && IsBare(text, extra, end))
            {
                found.Add((q, new TextSpan(q.Span.Start, extra), !AboutTroops()));
                continue;
            }
            if (bare && (q.ChangeStart || q.ChangeEnd || anchorBefore.IsMatch(before))) found.Add((q, q.Span, true));
        }

        // A bare number counts soldiers only next to a figure that surely does.
        if (!found.Any(f => !f.Anchored)) return [];
        var sentenceCues = Cues(text, start, end, countries, masked);
        var result = new List<FigureCandidate>();
        for (var i = 0; i < found.Count; i++)
        {
            var (q, span, anchored) = found[i];
            var segmentStart = i > 0 ? found[i - 1].Span.End : start;
            var segmentEnd = i + 1 < found.Count ? found[i + 1].Q.Span.Start : end;
            var anchor = anchored ? Nearest(found, i) : null;
            // With no cue, troops that are counted are troops somewhere: a deployment (a parade or a ceremony says "other").
            var kind = Kind(sentenceCues, segmentStart, segmentEnd, span) ?? (anchor is { } a ? Kind(sentenceCues, start, end, a.Span) : null) ?? TroopKind.Deployment;
            // "killed 84 fighters and 47 soldiers": figures joined by "and" share the verb's kind.
            if (result.Count > 0 && result[^1].Kind == TroopKind.Casualties && kind != TroopKind.Casualties && Coordinated(text, segmentStart, q.Span.Start))
                kind = TroopKind.Casualties;
            if (span.End - q.Span.End > 0 && text[q.Span.End..span.End].Contains("casualt", StringComparison.OrdinalIgnoreCase)) kind = TroopKind.Casualties;
            if (kind != TroopKind.Casualties && (parts.Contains(q) || IsSubset(text, segmentStart, q.Span.Start))) kind = TroopKind.Subset;
            // "include about 500 officers and three generals", "8,800 of them are ground troops and 1,700 are sailors":
            // a figure joined by "and" to a part of the force is another part of it.
            if (kind == TroopKind.Deployment && result.Count > 0 && result[^1].Kind == TroopKind.Subset && Coordinated(text, segmentStart, q.Span.Start))
                kind = TroopKind.Subset;
            var status = sentence.Paragraph == 0 && HeadlineInfinitive(text, segmentStart, q.Span.Start) && !q.ChangeStart
                ? EstimateStatus.Planned : Status(text, sentenceCues, segmentStart, segmentEnd, q, span, headline: sentence.Paragraph == 0);
            // "will fall to about 1,000 from roughly 1,700": the figure after "from" is what the one after "to" replaces.
            if (status == EstimateStatus.Current && result.Count > 0 && ReplacedFrom(text, start, result[^1], segmentStart, q.Span.Start))
                status = EstimateStatus.Earlier;
            // "will send 1,000 sappers and 5,000 builders": figures joined by "and" share one verb.
            if (status == EstimateStatus.Current && result.Count > 0 && result[^1].Status != EstimateStatus.Current && !q.ChangeEnd
                && Coordinated(text, segmentStart, q.Span.Start))
                status = result[^1].Status;
            var hedge = q.Hedge;
            if ((q.Possible || IsPossible(text, sentenceCues, Math.Max(segmentStart, q.Span.Start - 60), q.Span.Start)) && hedge is Hedge.Exact or Hedge.Approximate)
                hedge = Hedge.Possible;
            result.Add(new FigureCandidate(sentence, q, span, kind, status, hedge, OwnSubject(text, start, end, q.Span, span, countries)));
        }
        // "Up to 2,000 sailors and 1,200 marines could join", "300 officers and 2,700 soldiers were killed": figures joined by
        // "and" share the verb after the last of them.
        for (var i = result.Count - 2; i >= 0; i--)
        {
            var (first, next) = (result[i], result[i + 1]);
            if (!Coordinated(text, first.Span.End, next.Quantity.Span.Start)) continue;
            if (first.Status == EstimateStatus.Current && next.Status == EstimateStatus.Planned && !first.Quantity.ChangeStart && !next.Quantity.ChangeEnd)
                result[i] = first = first with { Status = EstimateStatus.Planned };
            if (first.Kind == TroopKind.Deployment && next.Kind == TroopKind.Casualties) result[i] = first with { Kind = TroopKind.Casualties };
        }
        // Bare numbers read against another figure count the same troops; others look before them.
        for (var i = 0; i < result.Count; i++)
        {
            if (result[i].Subject is not null) continue;
            var subject = found[i].Anchored && Nearest(found, i) is { } a2 ? result[found.IndexOf(a2)].Subject : null;
            subject ??= ForceOwner(result[i].Quantity.Span, result[i].Span, sources);
            subject ??= agent.OwnerOf(text, start, end, result[i].Quantity.Span, result[i].Span, countries, sources ?? [], masked);
            subject ??= NearestCountry(text, start, result[i].Span.Start, countries, masked);
            result[i] = result[i] with { Subject = subject };
        }
        for (var i = 0; i < result.Count; i++)
            if (result[i].Subject is null)
                result[i] = result[i] with { Subject = result.FirstOrDefault(r => r.Subject is not null)?.Subject ?? previousSubject() };
        return result;
    }

    // "about 200 will be civilians": a noun of other people among the four words after a number, in its clause.
    private bool NonTroopAfter(string text, int at, int end)
    {
        for (var words = 0; words < 4; words++)
        {
            while (at < end && char.IsWhiteSpace(text[at])) at++;
            if (at == end || !CueIndex.IsWordCharacter(text[at])) return false;
            if (nonTroopNouns.EndOfPhraseAt(text, at, end) > 0) return true;
            while (at < end && CueIndex.IsWordCharacter(text[at])) at++;
        }
        return false;
    }

    // A verb of `verbs` right before `at`, or before a filler that is ("has sent an initial 14,000", "deployed a further 2,000").
    private bool VerbBefore(AdjacentPhrases verbs, string text, int start, int at) =>
        verbs.StartOfPhraseBefore(text, start, at) >= 0
        || (objectFillers.StartOfPhraseBefore(text, start, at) is var filler and > 0 && verbs.StartOfPhraseBefore(text, start, filler) >= 0);

    // "a force numbering some ": text[start..at) ends with the words that make the number after it an amount of troops.
    private bool AmountBefore(string text, int start, int at) => amountBefore.Before(text, start, at);

    private static bool Has(ulong words, ulong all) => (words & all) == all;

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

    /// <summary>Whether <paramref name="sentence"/> speaks of soldiers: a troop word, or a demonym before a unit word.</summary>
    public bool SpeaksOfTroops(string text, Sentence sentence, IReadOnlyList<CountryMention> countries) =>
        HasTroopWord(text, sentence.Start, sentence.End, countries);

    // A sentence about soldiers: a troop word, or a demonym before a unit word ("a North Korean contingent").
    private bool HasTroopWord(string text, int start, int end, IReadOnlyList<CountryMention> countries)
    {
        if (troopWords.Any(text, start, end)) return true;
        foreach (var c in countries)
            if (c.IsAdjective && c.Span.End < end && char.IsWhiteSpace(text[c.Span.End]) && unitWords.EndOfPhraseAt(text, c.Span.End, end) > 0)
                return true;
        return false;
    }

    // Only "and" (or a comma, "plus", "as well as") between the figure before and this one.
    private bool Coordinated(string text, int segmentStart, int at) =>
        coordinators.EndOfPhraseAt(text, segmentStart, at) is var joined and > 0 && text.AsSpan(joined, at - joined).IsWhiteSpace();

    // "call up another 160,000 people", "mobilised 300,000 people": a mobilization verb at most 25 characters before
    // the number, in the same clause.
    private bool MobilizedBefore(string text, int start, int at)
    {
        var from = Math.Max(start, at - 25);
        foreach (var (verb, _) in mobilizationVerbs.Find(text, from, at))
            if (text.AsSpan(verb.End, at - verb.End).IndexOfAny(",.;:") < 0) return true;
        return false;
    }

    // "a 3,000-strong force", "a 500-man unit", "a 3,000 strong force": where the strength word ends, or -1.
    private int StrengthAfter(string text, int at, int end)
    {
        var i = at;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i < end && text[i] == '-') return strengthSuffixes.EndOfPhraseAt(text, i + 1, end);
        return i > at ? strengthWords.EndOfPhraseAt(text, i, end) : -1;
    }

    // What may follow a number that stands alone: punctuation, the end, or a word that is not a noun it counts.
    private bool IsBare(string text, int at, int end)
    {
        var i = at;
        while (i < end && char.IsWhiteSpace(text[i])) i++;
        if (i == end) return true;
        // A closing quote too: "troops 'could reach 100,000'".
        if (text[i] is ',' or '.' or ';' or ':' or ')' or '!' or '?' or '—' or '–' or '\'' or '’' or '"' or '”') return true;
        if (text[i] == '-') return i + 1 < end && char.IsWhiteSpace(text[i + 1]);
        return i > at && bareFollowers.EndOfPhraseAt(text, i, end) > 0;
    }

    private bool IsTrap(string text, int start, int end, Quantity q)
    {
        var (from, to) = (q.Core.Start, q.Core.End);
        if (percent.EndOfPhraseAt(text, to, end) > 0 || money.StartOfPhraseBefore(text, start, from) >= 0 || units.EndOfPhraseAt(text, to, end) > 0) return true;
        if (months.EndOfPhraseAt(text, to, end) > 0) return true;
        var beforeMonth = from;
        while (beforeMonth > start && char.IsWhiteSpace(text[beforeMonth - 1])) beforeMonth--;
        if (beforeMonth > start && text[beforeMonth - 1] == '.') beforeMonth--;
        if (months.StartOfPhraseBefore(text, start, beforeMonth) >= 0) return true;
        if (IsRatioOrLabel(text, start, from)) return true;
        // "one soldier said": a single person is not a troop count.
        if (q.Value is { } v && v < 2) return true;
        return false;
    }

    // "aged 19", "No. 3", "one in 10", "3 out of 10": labels and ratios, written with a space before the number.
    private bool IsRatioOrLabel(string text, int start, int at)
    {
        if (at == start || !char.IsWhiteSpace(text[at - 1])) return false;
        if (labels.StartOfPhraseBefore(text, start, at) >= 0) return true;
        var ratio = ratios.StartOfPhraseBefore(text, start, at);
        if (ratio <= start || !char.IsWhiteSpace(text[ratio - 1])) return false;
        var wordEnd = ratio;
        while (wordEnd > start && char.IsWhiteSpace(text[wordEnd - 1])) wordEnd--;
        var wordStart = wordEnd;
        while (wordStart > start && char.IsLetterOrDigit(text[wordStart - 1])) wordStart--;
        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        return word.Equals("one", StringComparison.OrdinalIgnoreCase) || (word.Length > 0 && !word.ContainsAnyExcept("0123456789"));
    }

    // A plain four-digit number between 1900 and 2100 is a year unless soldiers follow it.
    private static bool IsYear(Quantity q, bool troopNounFollows) =>
        !troopNounFollows && q is { Value: >= 1900 and <= 2100, HasScaleOrSeparator: false, Hedge: Hedge.Exact };

    // The kind and possibility cues of a sentence, in order: the lexicon's cue words, and "in"/"to" before a
    // country or place of the lexicon ("sent to Russia", "in the Kursk region"), which is where troops went; not
    // before a cited source ("according to South Korea's defense ministry").
    private List<PhraseMatch> Cues(string text, int start, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked)
    {
        var found = cues.Find(text, start, end).ToList();
        // "..., the army said": a cited source's own words name who speaks, not what the figure counts.
        if (masked.Count > 0) found.RemoveAll(f => f.Label is Casualty or ArmySize or Deployment or OtherCue && Overlaps(masked, f.Span));
        // "an army spokesman said", "soldiers of the Indian army": the army names a speaker or where troops come from, not
        // the size of a force; "sent to replace losses": the troops make up for casualties, they are not them.
        for (var i = found.Count - 1; i >= 0; i--)
            if ((found[i].Label == ArmySize && (SpeakerAfter(text, found[i].Span.End, end) || OriginOfTroops(text, start, found[i].Span.Start)))
                || (found[i].Label == Casualty && PhraseBefore(replacementWords, text, start, found[i].Span.Start, 2) >= 0))
                found.RemoveAt(i);
        var destinations = new List<TextSpan>();
        foreach (var c in countries)
            if (!c.IsAdjective && !Overlaps(masked, c.Span)) destinations.Add(c.Name);
        foreach (var f in found)
            if (f.Label == Place) destinations.Add(f.Span);
        foreach (var f in found)
            if (f.Label == PlaceNoun && NamedPlace(text, start, f.Span) is { } named) destinations.Add(named);
        foreach (var place in destinations)
        {
            // "in eastern Russia", "to the Kursk region": "the" and a compass word may come between.
            var at = place.Start;
            if (regionAdjectives.StartOfPhraseBefore(text, start, at) is var adjective and >= 0 && Spaced(text, adjective, at)) at = adjective;
            if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && Spaced(text, article, at)) at = article;
            var word = destinationWords.StartOfPhraseBefore(text, start, at);
            if (word >= 0 && Spaced(text, word, at))
                found.Add(new PhraseMatch(new TextSpan(word, place.End), Destination));
        }
        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return found;
    }

    // "1,000 Wagner operatives", "100 Africa Corps instructors": a military the gazetteer knows, named between the number
    // and its troop noun, owns them.
    private static string? ForceOwner(TextSpan quantity, TextSpan figure, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var (span, entry) in sources ?? [])
            if (entry.Kind == SourceKind.Military && entry.Country is { } country && span.Start >= quantity.End && span.End <= figure.End) return country;
        return null;
    }

    // "half of its 5,000 troops", "two of its soldiers": a country pronoun right before the figure or inside it names the
    // last country before it, which may be the one that speaks ("Mali's army said two of its soldiers were killed").
    private string? PronounOwner(string text, int start, TextSpan quantity, TextSpan figure, IReadOnlyList<CountryMention> countries)
    {
        var pronoun = countryPronouns.StartOfPhraseBefore(text, start, quantity.Start);
        if (pronoun < 0 || (pronoun > start && !char.IsWhiteSpace(text[pronoun - 1]) && text[pronoun - 1] != '(')) pronoun = PronounIn(text, quantity.End, figure.End);
        if (pronoun < 0) return null;
        string? owner = null;
        foreach (var c in countries)
            if (c.Span.End <= pronoun && !IsDestination(text.AsSpan(start..c.Name.Start))) owner = c.Country.Name;
        return owner;
    }

    // Where a country pronoun ("its", "their") starts a word of text[from..to), or -1.
    private int PronounIn(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if ((i == from || !CueIndex.IsWordCharacter(text[i - 1])) && CueIndex.IsWordCharacter(text[i])
                && countryPronouns.EndOfPhraseAt(text, i, to) is var e and > 0 && (e == to || !CueIndex.IsWordCharacter(text[e])))
                return i;
        return -1;
    }

    // "North Korea confirmed that its troops had fought": a country pronoun later in the sentence bound to a troop noun.
    private bool PronounOwnsTroops(string text, int from, int end)
    {
        for (var at = PronounIn(text, from, end); at >= 0; at = PronounIn(text, at + 1, end))
            if (nounAfter.NounEnd(text, at, end) >= 0) return true;
        return false;
    }

    // "army spokesman", "army said": a speaker word right after the cue; "the army's chief", "the army's reaction force":
    // what the army has, not its size.
    private bool SpeakerAfter(string text, int at, int end)
    {
        if (at + 1 < end && text[at] is '\'' or '’' && text[at + 1] == 's') return true;
        if (at >= end || !char.IsWhiteSpace(text[at])) return false;
        return speakerWords.EndOfPhraseAt(text, at, end) is var word and > 0 && (word == end || !CueIndex.IsWordCharacter(text[word]));
    }

    // "10,000 soldiers of the Indian army", "soldiers from the standing army": a troop noun and an origin word at most
    // three words (no punctuation) before the cue.
    private bool OriginOfTroops(string text, int start, int at) =>
        PhraseBefore(originPrepositions, text, start, at, 3) is var origin and >= 0 && troopNouns.StartOfPhraseBefore(text, start, origin) >= 0;

    // Where a phrase of `phrases` starts that ends a word at most `words` words (no punctuation) before `at`, or -1.
    private static int PhraseBefore(AdjacentPhrases phrases, string text, int start, int at, int words)
    {
        var i = at;
        for (var k = 0; k <= words; k++)
        {
            var end = i;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == start || (k == 0 && end == i)) return -1;
            if (phrases.StartOfPhraseBefore(text, start, end) is var found and >= 0) return found;
            i = end;
            while (i > start && (CueIndex.IsWordCharacter(text[i - 1]) || text[i - 1] is '-' or '\'' or '’')) i--;
            if (i == end) return -1;
        }
        return -1;
    }

    // Whether a span contains one of `masked` or lies inside one.
    private static bool Overlaps(IReadOnlyList<TextSpan> masked, TextSpan span)
    {
        foreach (var m in masked)
            if (m.Contains(span) || span.Contains(m)) return true;
        return false;
    }

    // "the Primorsky region", "the Kursk border area": a capitalized name (one or two words) before a place noun.
    private static TextSpan? NamedPlace(string text, int start, TextSpan noun)
    {
        var from = noun.Start;
        for (var words = 0; words < 2; words++)
        {
            var end = from;
            while (end > start && char.IsWhiteSpace(text[end - 1])) end--;
            if (end == from || end == start) break;
            var wordStart = end;
            while (wordStart > start && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] == '-')) wordStart--;
            if (wordStart == end || !char.IsUpper(text[wordStart])) break;
            from = wordStart;
        }
        return from == noun.Start ? null : new TextSpan(from, noun.End);
    }

    // Whether a space follows text[..at].
    private static bool Spaced(string text, int at) => at < text.Length && char.IsWhiteSpace(text[at]);

    // Whether the word that starts at `word` is followed by a space, then only spaces up to `at`.
    private static bool Spaced(string text, int word, int at) => at > word && char.IsWhiteSpace(text[at - 1]);

    private static TroopKind? Kind(List<PhraseMatch> cues, int segmentStart, int segmentEnd, TextSpan figure) =>
        Kind(cues, segmentStart, segmentEnd, figure, places: false) ?? Kind(cues, segmentStart, segmentEnd, figure, places: true);

    private static TroopKind? Kind(List<PhraseMatch> cues, int segmentStart, int segmentEnd, TextSpan figure, bool places)
    {
        TroopKind? best = null;
        var bestDistance = double.MaxValue;
        foreach (var (cue, label) in cues)
        {
            if (label is PossibleCue or Place or PlaceNoun or Readiness || (label == Destination) != places || cue.Start < segmentStart || cue.End > segmentEnd) continue;
            if (figure.Contains(cue) && label != Casualty) continue;
            // Words after the figure ("troops killed") bind tighter than words before it.
            double distance = cue.Start >= figure.End ? (cue.Start - figure.End) * 0.7 : cue.End <= figure.Start ? figure.Start - cue.End : 0;
            if (distance < bestDistance)
            {
                bestDistance = distance;
                best = label switch { Casualty => TroopKind.Casualties, ArmySize => TroopKind.ArmySize, OtherCue => TroopKind.Other, _ => TroopKind.Deployment };
            }
        }
        return best;
    }

    // "could number 100,000": a possibility word at most 50 characters before the number, in the same clause.
    private static bool IsPossible(string text, List<PhraseMatch> cues, int from, int at)
    {
        foreach (var (cue, label) in cues)
            if (label == PossibleCue && cue.Start >= from && cue.End <= at && at - cue.End <= 50 && text.AsSpan(cue.End, at - cue.End).IndexOfAny(",.;") < 0)
                return true;
        return false;
    }

    // A part of the force just named: "among them 300 officers", "including 500 special forces", "of whom 200".
    private bool IsSubset(string text, int segmentStart, int at)
    {
        while (at > segmentStart && char.IsWhiteSpace(text[at - 1])) at--;
        if (at > segmentStart && text[at - 1] == ',') at--;
        return subsetCues.StartOfPhraseBefore(text, segmentStart, at) >= 0 || InvertedSubset(text, segmentStart, at);
    }

    // "Among them were some 400 officers", "Among those deployed are 300 sappers": an opener, at most six words (no
    // punctuation), then a subset verb right before the figure.
    private bool InvertedSubset(string text, int segmentStart, int at)
    {
        if (subsetVerbs.StartOfPhraseBefore(text, segmentStart, at) is not (var verb and >= 0)) return false;
        var words = 0;
        for (var i = verb; i > segmentStart && words <= 6;)
        {
            while (i > segmentStart && char.IsWhiteSpace(text[i - 1])) i--;
            var end = i;
            while (i > segmentStart && CueIndex.IsWordCharacter(text[i - 1])) i--;
            if (i == end) return false;
            words++;
            if (subsetOpeners.EndOfPhraseAt(text, i, end) == end) return true;
        }
        return false;
    }

    private EstimateStatus Status(string text, List<PhraseMatch> cues, int segmentStart, int segmentEnd, Quantity q, TextSpan figure, bool headline)
    {
        if (q.ChangeStart) return EstimateStatus.Earlier;
        var from = Math.Max(segmentStart, q.Span.Start - 80);
        var before = text.AsSpan(from..q.Span.Start);
        var after = text.AsSpan(figure.End..segmentEnd);
        // Each pattern is tried only where the words of one of its branches are.
        var (wordsBefore, wordsAfter) = (statusCues.Scan(text, from, q.Span.Start), statusCues.Scan(text, figure.End, segmentEnd));
        var earlierWordsBefore = Has(wordsBefore, EarlierAdjective | ReportNoun) || Has(wordsBefore, RevisionVerb) || Has(wordsBefore, HadVerb)
            || Has(wordsBefore, EarlierAdverb | EarlierVerb);
        if ((earlierWordsBefore && earlierBefore.IsMatch(before)) || (Has(wordsAfter, EstimatedVerb | EarlierAfter) && earlierAfter.IsMatch(after)))
            return EstimateStatus.Earlier;
        if (IsCurrent(text, figure.End, segmentEnd)) return EstimateStatus.Current;
        // "US to cut troops in Romania to about 1,000", "Brigade to reach full strength of 5,000": a headline's infinitive
        // governs the figures of its clause.
        if (headline && Has(wordsBefore, SendVerb) && InfinitiveInClause(text, from, q.Span.Start)) return EstimateStatus.Planned;
        // "the first phase of a 300-strong force": the whole of which a first part is there.
        if (firstPartOf.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0) return EstimateStatus.Planned;
        // "the target is about 2,400", "a ceiling of 15,000 troops", "the goal is to reach 3,000": not there yet.
        if (targetBefore.Before(text, segmentStart, q.Span.Start)) return EstimateStatus.Planned;
        // "there may soon be 40,000 of them", "is likely to be up to 6,000", "a total of 65,000 is expected": troops to come.
        if (futureBefore.StartOfPhraseBefore(text, segmentStart, q.Span.Start) >= 0
            || (Spaced(text, figure.End) && plannedAfterWords.EndOfPhraseAt(text, figure.End, segmentEnd) > 0))
            return EstimateStatus.Planned;
        var plannedWordsBefore = Has(wordsBefore, PlanCue | SendVerb) || Has(wordsBefore, PlanNoun);
        var plannedWordsAfter = Has(wordsAfter, ArrivalVerb) || Has(wordsAfter, FutureAfter);
        if ((plannedWordsBefore && plannedBefore.IsMatch(before)) || (plannedWordsAfter && plannedAfter.IsMatch(after)))
            return EstimateStatus.Planned;
        // "1,000 troops put on high readiness": ready to go, not there yet.
        foreach (var (cue, label) in cues)
            if (label == Readiness && cue.Start >= segmentStart && cue.End <= segmentEnd && SameClause(text, cue, figure)) return EstimateStatus.Planned;
        // "Germany will raise its contingent to 4,800 troops by 2027": a future form before, a target date after; "2,000
        // soldiers would reinforce the border by the end of the month": a modal after (not "as planned": a plan carried out).
        if (TargetDateAfter(text, figure.End, segmentEnd, out var by)
            && (futureMarkers.Any(text, segmentStart, q.Span.Start) || futureModals.Any(text, figure.End, by)))
            return EstimateStatus.Planned;
        return EstimateStatus.Current;
    }

    // "to about 1,000 from roughly 1,700", "to 12,000 troops, up from 10,000": "to" right before the figure before, and
    // "from" (list earlier_from) right before this one, with at most three words between.
    private bool ReplacedFrom(string text, int start, FigureCandidate previous, int segmentStart, int at)
    {
        if (earlierFrom.StartOfPhraseBefore(text, segmentStart, at) is not (var from and >= 0)) return false;
        if (newValueTo.StartOfPhraseBefore(text, start, previous.Quantity.Span.Start) < 0) return false;
        var between = text.AsSpan(segmentStart, from - segmentStart);
        return between.IndexOfAny(".;:") < 0 && between.Count(' ') <= 4;
    }

    // "by 2027", "by March", "before the end of the year": a target preposition and a date, at most 60 characters after
    // the figure, in its clause; at is the space before the preposition.
    private bool TargetDateAfter(string text, int from, int segmentEnd, out int at)
    {
        at = from;
        var end = Math.Min(segmentEnd, from + 60);
        for (var i = from; i < end; i++)
        {
            if (text[i] is ',' or ';' or '.' or ':') return false;
            if (!char.IsWhiteSpace(text[i]) || i + 1 >= end || !targetOpeners.Contains(text[i + 1])) continue;
            if (targetPrepositions.EndOfPhraseAt(text, i + 1, end) is not (var by and > 0) || by >= end || !char.IsWhiteSpace(text[by])) continue;
            at = i;
            var date = by;
            while (date < end && char.IsWhiteSpace(text[date])) date++;
            if (date == end) return false;
            if (months.EndOfPhraseAt(text, date, end) > 0 || targetDateWords.EndOfPhraseAt(text, date, end) > 0) return true;
            var digits = date;
            while (digits < text.Length && char.IsDigit(text[digits])) digits++;
            if (digits - date == 4 && (digits == text.Length || !char.IsLetterOrDigit(text[digits]))
                && int.Parse(text.AsSpan(date, 4)) is >= 1900 and <= 2100) return true;
        }
        return false;
    }

    // "10,000 soldiers are currently operating there": a word of the present within 30 characters after the figure, in
    // its clause, says the troops are there now, whatever plans the sentence also names.
    private bool IsCurrent(string text, int figureEnd, int segmentEnd)
    {
        var near = text.AsSpan(figureEnd, Math.Min(segmentEnd, figureEnd + 30) - figureEnd);
        var stop = near.IndexOfAny(",;");
        return currentCues.Any(text, figureEnd, figureEnd + (stop < 0 ? near.Length : stop));
    }

    // "North to dispatch 6,000 more", "Berlin to send 500 troops": a headline's infinitive of sending announces a plan.
    private bool HeadlineInfinitive(string text, int segmentStart, int at)
    {
        if (at == segmentStart || !char.IsWhiteSpace(text[at - 1])) return false;
        var verb = sendVerbs.StartOfPhraseBefore(text, segmentStart, at);
        return verb > segmentStart && char.IsWhiteSpace(text[verb - 1]) && infinitiveMarkers.StartOfPhraseBefore(text, segmentStart, verb) >= 0;
    }

    // "to" and a verb of sending or of size (list send_verbs) between the start of the clause and a figure.
    private bool InfinitiveInClause(string text, int from, int at)
    {
        for (var i = at - 1; i >= from; i--)
        {
            if (text[i] is ',' or ';' or ':' or '.') return false;
            if (i > from && !char.IsWhiteSpace(text[i - 1])) continue;
            if (infinitiveMarkers.EndOfPhraseAt(text, i, at) is not (var to and > 0) || to >= at || !char.IsWhiteSpace(text[to])) continue;
            if (planVerbs.EndOfPhraseAt(text, to + 1, at) > 0) return true;
        }
        return false;
    }

    // No comma or semicolon between a cue and a figure.
    private static bool SameClause(string text, TextSpan cue, TextSpan figure) =>
        (cue.Start >= figure.End ? text.AsSpan(figure.End, cue.Start - figure.End) : cue.End <= figure.Start ? text.AsSpan(cue.End, figure.Start - cue.End) : []).IndexOfAny(",;") < 0;

    // Whose troops: a country inside the figure ("North Korean troops"), right after it ("troops from
    // North Korea"), or the nearest one before it in the sentence that is neither a cited source
    // ("Ukrainian officials said") nor a destination ("to Russia").
    private string? OwnSubject(string text, int start, int end, TextSpan quantity, TextSpan figure, IReadOnlyList<CountryMention> countries)
    {
        foreach (var c in Within(countries, figure.Start, figure.End)) return c.Country.Name;
        // "half of its 800 troops from Latvia": the pronoun's country, not where they are.
        if (PronounOwner(text, start, quantity, figure, countries) is { } owner) return owner;
        // "will move 1,000 troops from Germany to Romania": where moved troops were is not whose they are.
        if (agent.IsMoved(text, start, quantity)) return null;
        foreach (var c in Within(countries, figure.End, Math.Min(end, figure.End + 25)))
            if (IsOriginBetween(text, figure.End, c.Name.Start)) return c.Country.Name;
        return null;
    }

    // The countries named inside text[from..to).
    private static IEnumerable<CountryMention> Within(IReadOnlyList<CountryMention> countries, int from, int to) =>
        countries.Where(c => c.Name.Start >= from && c.Name.End <= to);

    // "troops from North Korea", "soldiers of the": only an origin word (and "the") between a figure and a country.
    private bool IsOriginBetween(string text, int from, int to)
    {
        var word = originPrepositions.EndOfPhraseAt(text, from, to);
        if (word < 0 || word == to || !char.IsWhiteSpace(text[word])) return false;
        var rest = text.AsSpan(word, to - word);
        if (!char.IsWhiteSpace(rest[^1])) return false;
        var inner = rest.Trim();
        return inner.Length == 0 || inner.Equals("the", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>
    /// The last country of <paramref name="countries"/> (those of a sentence) named in text[start..end) as an actor: not
    /// inside a cited source, not a destination ("to Russia").
    /// </summary>
    public string? NearestCountry(string text, int start, int end, IReadOnlyList<CountryMention> countries, IReadOnlyList<TextSpan> masked)
    {
        string? nearest = null;
        foreach (var c in Within(countries, start, end))
        {
            // A cited country is not the troops' owner unless it speaks of its own ("Pyongyang confirmed its troops ...").
            if (Overlaps(masked, c.Span) && !PronounOwnsTroops(text, c.Span.End, end)) continue;
            var toward = IsDestination(text.AsSpan(start..c.Name.Start));
            if (!c.Possessive && !c.IsDemonym && toward) continue;
            // "near the Polish border", "close to Ukraine's frontier": a place.
            if (toward && placeHeads.EndOfPhraseAt(text, c.Span.End, end) > 0) continue;
            nearest = c.Country.Name;
        }
        return nearest;
    }

    // "to Russia", "into the occupied", "in eastern": text that ends in a preposition (a whole word: "that North Korea"
    // is not "at North Korea"), then "the" and a compass word, each optional, each followed by a space.
    private bool IsDestination(ReadOnlySpan<char> before)
    {
        if (before.Length == 0 || !char.IsWhiteSpace(before[^1])) return false;
        var text = before.TrimEnd();
        foreach (var adjective in compassWords.Append(""))
        {
            if (!Strip(text, adjective, out var withoutAdjective)) continue;
            foreach (var article in (string[])["the", ""])
            {
                if (!Strip(withoutAdjective, article, out var rest)) continue;
                foreach (var preposition in destinationPrepositions)
                    if (rest.EndsWith(preposition, StringComparison.OrdinalIgnoreCase)
                        && (rest.Length == preposition.Length || !char.IsLetterOrDigit(rest[^(preposition.Length + 1)])))
                        return true;
            }
        }
        return false;

        // The text before a trailing word and the space before it.
        static bool Strip(ReadOnlySpan<char> text, string word, out ReadOnlySpan<char> rest)
        {
            rest = text;
            if (word.Length == 0) return true;
            if (!text.EndsWith(word, StringComparison.OrdinalIgnoreCase) || text.Length == word.Length || !char.IsWhiteSpace(text[^(word.Length + 1)])) return false;
            rest = text[..^word.Length].TrimEnd();
            return true;
        }
    }
}
