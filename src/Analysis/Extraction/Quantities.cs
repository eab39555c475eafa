using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Finds the number expressions of a sentence: digits ("10,000", "10 000", "1.5 million", "10k"),
/// words ("ten thousand"), vague amounts ("several thousand", "tens of thousands"), ranges
/// ("11,000 to 12,000", "between 3,000 and 5,000") and the hedges around them ("approximately",
/// "more than", "up to", "or more", "potentially"). Whether a number counts soldiers is decided
/// later, by <see cref="TroopCountFinder"/>. The words are the lexicon's (Data/lexicon/figures.json):
/// one <see cref="PhraseMatcher"/> pass per sentence finds number words, vague amounts and hedges.
/// </summary>
internal sealed class Quantities
{
    private const string NumberWord = "number_words", VagueAmount = "vague_amounts", Between = "range_between", From = "range_from";
    private const string Approximate = "hedge_approximate", AtLeast = "hedge_at_least", AtMost = "hedge_at_most", Possible = "hedge_possible";
    private static readonly string[] HedgeLists = [Approximate, AtLeast, AtMost, Possible, Between, From];
    private static readonly ConditionalWeakTable<Lexicon, Quantities> Cache = new();

    private readonly Regex digits;
    private readonly int nGroup, euGroup, dcGroup, scaleGroup, kGroup;
    private readonly PhraseMatcher phrases;
    private readonly PhraseMatcher changeVerbs;
    private readonly (AdjacentPhrases Phrases, Hedge Kind)[] hedgesAfter;
    private readonly AdjacentPhrases rangeJoiners;
    // "hand over two soldiers": a verb whose particle looks like a hedge (list particle_verbs).
    private readonly AdjacentPhrases particleVerbs, upParticleVerbs;
    private readonly WordSet approximateInfixes;
    private readonly WordSet halfInfixes;
    // Words that make the digits after them a label, not a count to scale ("day 3 thousands of soldiers").
    private readonly AdjacentPhrases pluralScaleLabels;
    // A word every number in words or vague amount has (its last): a sentence with none of them and no digit has no number.
    private readonly WordSet numberCues;
    private readonly SearchValues<string> numberCueSubstrings;
    private readonly (string List, AdjacentPhrases Phrases)[] hedgeReaders;
    // The last words of the hedges: a number whose word before is none of them has no hedge before it.
    private readonly WordSet hedgeEnds;
    private readonly ChangeVerbReach changeReach;
    private readonly AdjacentPhrases changeBy, yearLeads, unroundYearLeads;
    private readonly int changeByLevelRatio;
    private readonly PhraseMatcher changeByVerbs, hedgeNegations, hedgeNegationBreaks;
    // The digits \d reads beyond ASCII ("٣", "३"): a text that is not ASCII is searched for them too.
    private static readonly SearchValues<char> NonAsciiDigits = SearchValues.Create(
        Enumerable.Range(128, char.MaxValue - 127).Select(c => (char)c).Where(char.IsDigit).ToArray());

    private Quantities(Lexicon lexicon)
    {
        digits = lexicon.Regex("number_digits", RegexOptions.None);
        (nGroup, euGroup, dcGroup, scaleGroup, kGroup) = (digits.GroupNumberFromName("n"), digits.GroupNumberFromName("eu"), digits.GroupNumberFromName("dc"),
            digits.GroupNumberFromName("scale"), digits.GroupNumberFromName("k"));
        phrases = PhraseMatcher.Of(lexicon, HedgeLists.Prepend(VagueAmount).Prepend(NumberWord));
        changeVerbs = PhraseMatcher.Of(lexicon, ["change_verbs"]);
        changeReach = ChangeVerbReach.For(lexicon);
        changeBy = AdjacentPhrases.Of(lexicon, "change_by");
        changeByLevelRatio = lexicon.Setting("change_by_level_ratio");
        changeByVerbs = PhraseMatcher.Of(lexicon, ["change_verbs", "change_by_verbs"]);
        (hedgeNegations, hedgeNegationBreaks) = (PhraseMatcher.Of(lexicon, ["hedge_negations"]), PhraseMatcher.Of(lexicon, ["hedge_negation_breaks"]));
        hedgesAfter = [(AdjacentPhrases.Of(lexicon, "hedge_after_at_least"), Hedge.AtLeast), (AdjacentPhrases.Of(lexicon, "hedge_after_approximate"), Hedge.Approximate),
            (AdjacentPhrases.Of(lexicon, "hedge_after_at_most"), Hedge.AtMost)];
        rangeJoiners = AdjacentPhrases.Of(lexicon, "range_joiners", ignoreCase: false);
        (yearLeads, unroundYearLeads) = (AdjacentPhrases.Of(lexicon, "year_leads"), AdjacentPhrases.Of(lexicon, "unround_year_leads"));
        particleVerbs = AdjacentPhrases.Of(lexicon, "particle_verbs");
        upParticleVerbs = AdjacentPhrases.Of(lexicon, "up_particle_verbs");
        approximateInfixes = lexicon.WordLookup("approximate_infixes", StringComparer.OrdinalIgnoreCase);
        halfInfixes = lexicon.WordLookup("half_infixes", StringComparer.OrdinalIgnoreCase);
        pluralScaleLabels = AdjacentPhrases.Of(lexicon, ["label_words", "sequence_labels"], ignoreCase: false);
        hedgeReaders = HedgeLists.Select(l => (l, AdjacentPhrases.Of(lexicon, l))).ToArray();
        hedgeEnds = HedgeLists.SelectMany(lexicon.Words)
            .Select(p => PhraseMatcher.Tokens(p, 0, p.Length) is [.., var last] ? PhraseMatcher.Normalized(p.AsSpan(last.Start, last.End - last.Start)).ToString() : "")
            .Where(w => w.Length > 0).ToWordSet(StringComparer.OrdinalIgnoreCase);
        var cueWords = lexicon.Words(NumberWord).Concat(lexicon.Words(VagueAmount))
            .Select(p => PhraseMatcher.Tokens(p, 0, p.Length) is [.., var last] ? PhraseMatcher.Normalized(p.AsSpan(last.Start, last.End - last.Start)).ToString() : "")
            .Where(w => w.Length > 0).ToHashSet(StringComparer.OrdinalIgnoreCase);
        numberCues = cueWords.ToWordSet();
        numberCueSubstrings = SearchValues.Create(cueWords.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>The number rules of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static Quantities For(Lexicon lexicon) => Cache.GetValue(lexicon, l => new Quantities(l));

    // Approximate: the number's own words say so ("forty-odd thousand").
    private readonly record struct Token(TextSpan Span, double Value, double? Low, double? High, bool Scaled, bool Vague, bool Word, bool Approximate = false);

    public IReadOnlyList<Quantity> Find(string text, int start, int end)
    {
        var (digit, word) = NumberCues(text, start, end);
        if (digit < 0 && !word) return [];
        // Numbers in digits alone: their hedges are read right to left from each number. Numbers in words are
        // phrases, found with the hedges in one pass.
        var hits = word ? phrases.Find(text, start, end) : [];
        var tokens = Tokens(text, start, end, digit, hits);
        var result = new List<Quantity>();
        if (tokens.Count == 0) return result;
        var hedges = word ? hits.Where(h => h.Label is not (NumberWord or VagueAmount)).ToList() : null;
        for (var i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            // A range: "11,000 to 12,000", "11,000-12,000", "between 3,000 and 5,000", "ten to twelve thousand".
            if (i + 1 < tokens.Count && !t.Vague && !tokens[i + 1].Vague)
            {
                var u = tokens[i + 1];
                var between = text.AsSpan(t.Span.End, u.Span.Start - t.Span.End);
                var rangeJoin = Joined(text, t.Span.End, u.Span.Start);
                var andJoin = !rangeJoin && between.Trim().Equals("and", StringComparison.Ordinal);
                // "from 3,000 to nearly 5,000", "between 10,000 and about 12,000": the high end may carry a hedge of its own
                // (only after an opener, below).
                var highHedge = -1;
                if (!rangeJoin && !andJoin && Modifier(text, hedges, t.Span.End, u.Span.Start) is { Label: not (Between or From) } own)
                {
                    rangeJoin = Joined(text, t.Span.End, own.Span.Start);
                    andJoin = !rangeJoin && text.AsSpan(t.Span.End, own.Span.Start - t.Span.End).Trim().Equals("and", StringComparison.Ordinal);
                    if (rangeJoin || andJoin) highHedge = own.Span.Start;
                }
                // Only two numbers joined like a range need the words before them ("between", "from").
                var before = rangeJoin || andJoin ? Modifier(text, hedges, start, t.Span.Start) : null;
                // "between about 5,000 and 6,000": a hedge of the low end may stand between the opener and the number.
                if (before is { Label: not (Between or From) } inner && Modifier(text, hedges, start, inner.Span.Start) is { Label: Between or From } opener)
                    before = opener;
                var isBetween = before?.Label == Between;
                var isFrom = before?.Label == From;
                if (highHedge >= 0 && !isBetween && !isFrom) rangeJoin = andJoin = false;
                // "upping the total killed since 2003 to 2,178": a year written plain after a word of time (year_leads; "of" and "by"
                // only before a year that is not round), then a count written with a thousands comma, is a date and the level
                // reached, not a range.
                if (rangeJoin && !isBetween && !isFrom && PlainYear(text, t) && YearLeadBefore(text, start, t)
                    && text.AsSpan(u.Span.Start, u.Span.End - u.Span.Start).Contains(',')) rangeJoin = false;
                // "from 3,000 up to 5,000": "up to" joins a range only after "from" ("from July 2025 up to 5,000" is a date and a figure).
                var upTo = rangeJoin && between.Trim().StartsWith("up", StringComparison.OrdinalIgnoreCase);
                // "will cut its troops by 9,500 to 25,000": the change and the level it reaches, two figures.
                if (rangeJoin && before is null or { Label: not (Between or From) } && between.Trim() is "to" && u.Value > changeByLevelRatio * t.Value
                    && ChangeBy(text, hedges, start, t.Span.Start))
                {
                    result.Add(Hedged(text, hedges, start, end, t));
                    result.Add(Hedged(text, hedges, start, end, u, changeEnd: true));
                    i++;
                    continue;
                }
                if ((rangeJoin && !(between.Contains("or", StringComparison.Ordinal) && isFrom) && (!upTo || isFrom)) || (isBetween && andJoin))
                {
                    var low = t.Value;
                    var high = u.Value;
                    // "ten to twelve thousand", "between 1 and 1.5 million": the scale is written once.
                    if (!t.Scaled && u.Scaled && low < high)
                        foreach (var scale in new[] { 1e9, 1e6, 1e3 })
                            if (high >= scale && low * scale <= high) { low *= scale; break; }
                    if (low < high)
                    {
                        var rangeStart = (isBetween || isFrom) ? before!.Value.Span.Start : t.Span.Start;
                        if (isFrom && ChangeBefore(text, start, rangeStart))
                        {
                            // "rose from 3,000 to 10,000": an earlier figure and the current one.
                            result.Add(Hedged(text, hedges, start, end, t with { Value = low }, changeStart: true));
                            result.Add(Hedged(text, hedges, start, end, u, changeEnd: true));
                        }
                        else
                        {
                            var (s, possible) = ExtendBefore(text, hedges, start, rangeStart);
                            var core = new TextSpan(t.Span.Start, u.Span.End);
                            // Plain ends ("from 2014 to 2020") tell a span of years from a count ("2,000-3,000"), as for one number.
                            result.Add(new Quantity(new TextSpan(s, u.Span.End), core, null, low, high, Hedge.Range, possible, t.Scaled || u.Scaled));
                        }
                        i++;
                        continue;
                    }
                }
            }
            // "several hundred to 1,000": a vague amount, then a number above it, is a range from the amount's low bound.
            if (t.Vague && i + 1 < tokens.Count && !tokens[i + 1].Vague && tokens[i + 1].Value > t.High
                && Joined(text, t.Span.End, tokens[i + 1].Span.Start))
            {
                var u = tokens[i + 1];
                var (s, possible) = ExtendBefore(text, hedges, start, t.Span.Start, approximateOnly: true);
                result.Add(new Quantity(new TextSpan(s, u.Span.End), new TextSpan(t.Span.Start, u.Span.End), null, t.Low, u.Value, Hedge.Range, possible, true));
                i++;
                continue;
            }
            result.Add(Hedged(text, hedges, start, end, t));
        }
        return result;
    }

    private bool YearLeadBefore(string text, int start, Token t) =>
        t.Span.Start > start && char.IsWhiteSpace(text[t.Span.Start - 1])
        && (yearLeads.StartOfPhraseBefore(text, start, t.Span.Start) >= 0 || (t.Value % 50 != 0 && unroundYearLeads.StartOfPhraseBefore(text, start, t.Span.Start) >= 0));

    // Four digits, no comma, from 1900 to 2100: how a year is written.
    private static bool PlainYear(string text, Token t) =>
        t.Span.End - t.Span.Start == 4 && t.Value is >= 1900 and <= 2100 && text.AsSpan(t.Span.Start, 4).IndexOfAnyExceptInRange('0', '9') < 0;

    // Whether a range joiner ("to", "-", "up to") and only spaces stand in text[from..to).
    private bool Joined(string text, int from, int to) =>
        rangeJoiners.EndOfPhraseAt(text, from, to) is var joined and > 0 && text.AsSpan(joined, to - joined).IsWhiteSpace();

    // The cue of every rule here: a digit (where the first is, or -1), or a word numbers in words are made of. Most
    // sentences of real reporting have neither, and cost this scan alone.
    private (int Digit, bool Word) NumberCues(string text, int start, int end)
    {
        var span = text.AsSpan(start, end - start);
        var digit = span.IndexOfAnyInRange('0', '9');
        if (!Ascii.IsValid(span) && span.IndexOfAny(NonAsciiDigits) is var other and >= 0 && (digit < 0 || other < digit)) digit = other;
        if (digit >= 0) digit += start;
        // The words are searched as substrings (vectorized), and each place found is read as a whole token.
        for (var at = span.IndexOfAny(numberCueSubstrings); at >= 0;)
        {
            var from = start + at;
            if (from == start || !char.IsLetterOrDigit(text[from - 1]))
            {
                var to = from;
                while (to < end && char.IsLetterOrDigit(text[to])) to++;
                if (numberCues.Contains(text.AsSpan(from, to - from))) return (digit, true);
            }
            var next = span[(at + 1)..].IndexOfAny(numberCueSubstrings);
            at = next < 0 ? -1 : at + 1 + next;
        }
        return (digit, false);
    }

    // A hedge that ends right before `at` (spaces between), starts a word at the start of the range or after a space,
    // bracket, dash or opening quote ("(about 10,000", "—some 3,000", "\"over 13,000 participants\""), and lies in text[start..at).
    private PhraseMatch? Modifier(string text, List<PhraseMatch>? hedges, int start, int at)
    {
        if (hedges is null) return HedgeBefore(text, start, at);
        for (var k = hedges.Count - 1; k >= 0; k--)
        {
            var h = hedges[k];
            if (h.Span.End > at) continue;
            if (h.Span.Start < start || !text.AsSpan(h.Span.End, at - h.Span.End).TrimStart(ClosingQuotes).IsWhiteSpace()) return null;
            if (h.Span.Start > start && !OpensHedge(text[h.Span.Start - 1]))
                return null;
            return Particle(text, start, h) ? null : h;
        }
        return null;
    }

    // A hedge quoted alone, the number outside ("move \"at least\" 1,000 soldiers", "to “well over” 300,000 troops"): the
    // quote that closes the hedge stands between it and the number.
    private const string ClosingQuotes = "\"”’'";

    // What may stand right before a hedge: white space, an opening bracket or quote, or a clause's punctuation.
    private static bool OpensHedge(char c) =>
        c is '(' or ',' or ';' or ':' or '—' or '–' or '-' or '"' or '“' || char.IsWhiteSpace(c);

    // The longest hedge that ends with the last word before `at` (spaces between), read right to left, on the same
    // terms as Modifier.
    private PhraseMatch? HedgeBefore(string text, int start, int at)
    {
        var end = at;
        end = SourceText.SkipWhiteSpaceBack(text, end, start);
        if (end > start && ClosingQuotes.Contains(text[end - 1])) end--;
        if (end == start) return null;
        var word = end - 1;
        if (char.IsLetterOrDigit(text[word])) while (word > start && char.IsLetterOrDigit(text[word - 1])) word--;
        if (!hedgeEnds.Contains(PhraseMatcher.Normalized(text.AsSpan(word, end - word)))) return null;
        PhraseMatch? best = null;
        foreach (var (list, phrases) in hedgeReaders)
            if (phrases.StartOfPhraseBefore(text, start, end) is var from and >= 0 && (best is null || from <= best.Value.Span.Start))
                best = new PhraseMatch(new TextSpan(from, end), list);
        if (best is not { } h) return null;
        if (h.Span.Start > start && !OpensHedge(text[h.Span.Start - 1]))
            return null;
        return Particle(text, start, h) ? null : h;
    }

    // "proposed to hand over two soldiers", "handed over 90 prisoners": a one-word hedge right after a verb it is the particle
    // of (list particle_verbs) is no hedge.
    // "ramped up to 5,000": "up to" after a verb it is the particle of (list up_particle_verbs) is no hedge either.
    private bool Particle(string text, int start, PhraseMatch h) =>
        h.Span.Start > start && char.IsWhiteSpace(text[h.Span.Start - 1])
        && ((h.Label is AtLeast && !text.AsSpan(h.Span.Start, h.Span.End - h.Span.Start).ContainsAny(' ', '\t', '\n')
                && particleVerbs.StartOfPhraseBefore(text, start, h.Span.Start) >= 0)
            || (h.Label is AtMost && text.AsSpan(h.Span.Start, h.Span.End - h.Span.Start).StartsWith("up ", StringComparison.OrdinalIgnoreCase)
                && upParticleVerbs.StartOfPhraseBefore(text, start, h.Span.Start) >= 0));

    // "rose from 3,000 to 10,000": a verb of change that reaches "from" (ChangeVerbReach), in the same sentence.
    private bool ChangeBefore(string text, int start, int at) => ChangeBefore(changeVerbs, text, start, at);

    private bool ChangeBefore(PhraseMatcher verbs, string text, int start, int at)
    {
        foreach (var verb in verbs.Find(text, start, at))
            if (text.AsSpan(verb.Span.End, at - verb.Span.End).IndexOfAny('.', ';') < 0 && changeReach.Reaches(text, verb.Span.End, at)) return true;
        return false;
    }

    // "cut by about 12,000 to 24,000": "by" (list change_by) before the number or its hedge, and a verb of change that reaches it.
    private bool ChangeBy(string text, List<PhraseMatch>? hedges, int start, int at)
    {
        if (Modifier(text, hedges, start, at) is { } hedge) at = hedge.Span.Start;
        return changeBy.StartOfPhraseBefore(text, start, at) is var by and >= 0 && ChangeBefore(changeByVerbs, text, start, by);
    }

    // A negation at most 40 characters before a hedge, in its clause (no punctuation, no word of hedge_negation_breaks between).
    // The clause bound alone is not enough: a negation further back negates a verb of its own, not the amount ("Kyiv has not
    // been able to confirm reports that Moscow sent more than 10,000"), and "not more than" stands within a few words of it
    // ("did not send more than 2,000", "no more than").
    private bool Negated(string text, int start, int at)
    {
        var from = Math.Max(start, at - 40);
        foreach (var negation in hedgeNegations.Find(text, from, at))
            if (text.AsSpan(negation.Span.End, at - negation.Span.End).IndexOfAny(".,;:!?") < 0 && !hedgeNegationBreaks.Any(text, negation.Span.End, at)) return true;
        return false;
    }

    private Quantity Hedged(string text, List<PhraseMatch>? hedges, int start, int end, Token t, bool changeStart = false, bool changeEnd = false)
    {
        if (t.Vague)
        {
            var (vs, vp) = ExtendBefore(text, hedges, start, t.Span.Start, approximateOnly: true);
            return new Quantity(new TextSpan(vs, t.Span.End), t.Span, null, t.Low, t.High, Hedge.Vague, vp, true, changeStart, changeEnd);
        }
        var hedge = t.Approximate ? Hedge.Approximate : Hedge.Exact;
        var spanStart = t.Span.Start;
        var possible = false;
        for (var guard = 0; guard < 3; guard++)
        {
            if (Modifier(text, hedges, start, spanStart) is not { } m || m.Label is Between or From) break;
            var kind = Classify(m.Label);
            if (kind == Hedge.Possible) possible = true;
            else if (hedge == Hedge.Exact || (hedge == Hedge.Approximate && kind is Hedge.AtLeast or Hedge.AtMost))
                hedge = kind == Hedge.AtLeast && Negated(text, start, m.Span.Start) ? Hedge.AtMost : kind;
            spanStart = m.Span.Start;
        }
        var spanEnd = t.Span.End;
        // "10,000 or more", "10,000 or so" with a space; "10,000-plus", "10,000+" written onto the number.
        var spaced = spanEnd < end && char.IsWhiteSpace(text[spanEnd]);
        foreach (var (after, kind) in hedgesAfter)
        {
            var e = after.EndOfPhraseAt(text, spanEnd, end);
            if (e < 0 || text.AsSpan(spanEnd, e - spanEnd).Trim().ContainsAny(' ', '\t', '\n') != spaced) continue;
            hedge = kind;
            spanEnd = e;
            break;
        }
        double? low = hedge == Hedge.AtLeast ? t.Value : null;
        double? high = hedge == Hedge.AtMost ? t.Value : null;
        return new Quantity(new TextSpan(spanStart, spanEnd), t.Span, t.Value, low, high, hedge, possible, t.Scaled, changeStart, changeEnd);
    }

    // Words like "potentially" before a range or a vague amount: kept in the phrase, the hedge stays.
    private (int Start, bool Possible) ExtendBefore(string text, List<PhraseMatch>? hedges, int floor, int at, bool approximateOnly = false)
    {
        var possible = false;
        for (var guard = 0; guard < 3; guard++)
        {
            if (Modifier(text, hedges, floor, at) is not { } m) break;
            var kind = m.Label is Between or From ? Hedge.Range : Classify(m.Label);
            if (kind == Hedge.Possible) possible = true;
            else if (kind != Hedge.Range && approximateOnly && kind != Hedge.Approximate) break;
            at = m.Span.Start;
        }
        return (at, possible);
    }

    private static Hedge Classify(string list) => list switch
    {
        Possible => Hedge.Possible,
        AtLeast => Hedge.AtLeast,
        AtMost => Hedge.AtMost,
        _ => Hedge.Approximate,
    };

    private List<Token> Tokens(string text, int start, int end, int firstDigit, IReadOnlyList<PhraseMatch> hits)
    {
        var tokens = new List<Token>();
        bool Free(int s, int e)
        {
            foreach (var t in tokens)
                if (e > t.Span.Start && s < t.Span.End) return false;
            return true;
        }

        foreach (var hit in hits)
        {
            if (hit.Label != VagueAmount) continue;
            // Vague amounts keep bounds, not a value: "several thousand" is 2,000 to 9,000, "tens of thousands" 20,000 to 90,000.
            var words = text[hit.Span.Start..hit.Span.End].ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            // "scores of soldiers" is an amount; "scores" without "of" is the verb ("the regiment scores soldiers on fitness").
            if (words is ["scores"] && !text.AsSpan(hit.Span.End).TrimStart().StartsWith("of ", StringComparison.OrdinalIgnoreCase)) continue;
            var unit = Unit(words[^1]);
            if (words is [var many, "of", _] && many is "tens" or "hundreds") unit *= many == "tens" ? 10 : 100;
            // "several hundred thousand": hundreds of the scale word.
            if (words is [.., "hundred", "thousand" or "million"]) unit *= 100;
            tokens.Add(new Token(hit.Span, 0, 2 * unit, 9 * unit, true, true, true));
        }
        // A number in digits starts at a digit: the pattern is read from the character before the first (its look-behind
        // needs that one), not from the start of the sentence.
        var from = firstDigit > start ? firstDigit - 1 : start;
        for (var m = firstDigit < 0 ? Match.Empty : digits.Match(text, from, end - from); m.Success; m = m.NextMatch())
        {
            var groups = m.Groups;
            // "15 thousands soldiers": digits below a thousand and a plural scale are one number, not digits and the vague
            // "thousands"; "In 2014 thousands of soldiers ..." are a year and the vague amount.
            if (groups[scaleGroup] is { Success: true } plural && plural.Value.EndsWith('s'))
            {
                var n0 = groups[nGroup];
                // Nor digits a label or a date holds: "on day 3 thousands of soldiers crossed", "since 9/11 thousands of troops".
                if (!NumberText.TryParse(text.AsSpan(n0.Index, n0.Length), out var below) || below >= 1000
                    || n0.Index > start && text[n0.Index - 1] is '/' or '-' or ':' || pluralScaleLabels.StartOfPhraseBefore(text, start, n0.Index) >= 0)
                {
                    if (Free(n0.Index, n0.Index + n0.Length) && NumberText.TryParse(text.AsSpan(n0.Index, n0.Length), out var alone))
                        tokens.Add(new Token(new TextSpan(n0.Index, n0.Index + n0.Length), alone, null, null, false, false, false));
                    continue;
                }
                tokens.RemoveAll(t => t.Vague && t.Span.Start >= m.Index && t.Span.End <= m.Index + m.Length);
            }
            if (!Free(m.Index, m.Index + m.Length)) continue;
            // ("12 thous.": the abbreviation's period is the number's, not a sentence's end.)
            if (!TryParseDigits(text.AsSpan(m.Index, m.Length).TrimEnd('.'), groups[euGroup].Success, dcGroup >= 0 && groups[dcGroup].Success, out var value)) continue;
            var n = groups[nGroup];
            var scaled = groups[scaleGroup].Success || groups[kGroup].Success || n.Length > 3 && !AllDigits(text.AsSpan(n.Index, n.Length));
            tokens.Add(new Token(new TextSpan(m.Index, m.Index + m.Length), value, null, null, scaled, false, false));
        }
        // A number in words: number words joined by spaces, "and" or a hyphen ("one hundred and fifty", "twenty-five");
        // "dozen", "zero" and "a hundred" only open one.
        for (var i = 0; i < hits.Count; i++)
        {
            if (hits[i].Label != NumberWord) continue;
            var (first, last) = (hits[i].Span.Start, hits[i].Span.End);
            while (i + 1 < hits.Count && hits[i + 1].Label == NumberWord && Joins(text, hits[i].Span, last, hits[i + 1].Span))
                last = hits[++i].Span.End;
            if (!Free(first, last)) continue;
            var written = text[first..last];
            if (!NumberText.TryParseWords(written, out var value)) continue;
            var scaled = written.Contains("thousand", StringComparison.OrdinalIgnoreCase) || written.Contains("million", StringComparison.OrdinalIgnoreCase)
                || written.Contains("billion", StringComparison.OrdinalIgnoreCase);
            tokens.Add(new Token(new TextSpan(first, last), value, null, null, scaled, false, true));
        }
        tokens.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        // "forty-odd thousand", "20-odd thousand": a number, an approximate infix, then a scale word alone are one number.
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            var (t, u) = (tokens[i], tokens[i + 1]);
            if (t.Vague || u.Vague || !u.Word || u.Value is not (100 or 1e3 or 1e6 or 1e9) || t.Value >= 1000 || !IsApproximateInfix(text.AsSpan(t.Span.End, u.Span.Start - t.Span.End)))
                continue;
            if (text.AsSpan(u.Span.Start, u.Span.End - u.Span.Start).ContainsAny(' ', '-')) continue;
            tokens[i] = new Token(new TextSpan(t.Span.Start, u.Span.End), t.Value * u.Value, null, null, true, false, t.Word, true);
            tokens.RemoveAt(i + 1);
        }
        // "47-hundred", "47 hundred" (broadcast and translated copy): one or two digits, then "hundred" alone, are one number
        // (not the range 47 to 100).
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            var (t, u) = (tokens[i], tokens[i + 1]);
            if (t.Word || t.Vague || t.Scaled || u.Vague || !u.Word || u.Value != 100 || t.Span.End - t.Span.Start > 2 || u.Span.Start != t.Span.End + 1
                || text[t.Span.End] is not ('-' or ' ')) continue;
            tokens[i] = new Token(new TextSpan(t.Span.Start, u.Span.End), t.Value * 100, null, null, true, false, false);
            tokens.RemoveAt(i + 1);
        }
        // "two and a half thousand", "1 and a half million": a number below ten, a half (list half_infixes), then a scale word alone.
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            var (t, u) = (tokens[i], tokens[i + 1]);
            if (t.Vague || t.Scaled || u.Vague || !u.Word || u.Value is not (1e3 or 1e6 or 1e9) || t.Value is < 1 or >= 10
                || text.AsSpan(u.Span.Start, u.Span.End - u.Span.Start).ContainsAny(' ', '-') || !IsHalfInfix(text.AsSpan(t.Span.End, u.Span.Start - t.Span.End)))
                continue;
            tokens[i] = new Token(new TextSpan(t.Span.Start, u.Span.End), (t.Value + 0.5) * u.Value, null, null, true, false, t.Word);
            tokens.RemoveAt(i + 1);
        }
        // "one and a half million" where "a half million" was read as one number word: the number below ten before it and "and"
        // make one and a half of the scale.
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            var (t, u) = (tokens[i], tokens[i + 1]);
            if (t.Vague || t.Scaled || u.Vague || !u.Word || u.Value is not (500 or 5e5 or 5e8) || t.Value is < 1 or >= 10
                || !text.AsSpan(u.Span.Start, u.Span.End - u.Span.Start).StartsWith("a half", StringComparison.OrdinalIgnoreCase)
                || !IsAndBetween(text.AsSpan(t.Span.End, u.Span.Start - t.Span.End)))
                continue;
            tokens[i] = new Token(new TextSpan(t.Span.Start, u.Span.End), (t.Value + 0.5) * u.Value * 2, null, null, true, false, t.Word);
            tokens.RemoveAt(i + 1);
        }
        // "four-thousand-100", "three-thousand-200" (broadcast copy): a number in words that ends with a scale word, a hyphen,
        // then digits below the scale make one number.
        JoinSums(tokens, text, static (text, t, u) => t.Word && !t.Vague && !u.Word && !u.Vague && !u.Scaled && u.Span.Start == t.Span.End + 1 && text[t.Span.End] == '-'
            && LastScale(text.AsSpan(t.Span.Start, t.Span.End - t.Span.Start)) is var scale && scale != 0 && u.Value < scale);
        // "1 million 280 thousand" (translated Korean and Japanese copy, as "28 thousand 500" below): digits and "million", a
        // space, then digits and "thousand" below a million make one number (not "1 million 280": that is two numbers).
        JoinSums(tokens, text, static (text, t, u) => !(t.Word || t.Vague || u.Word || u.Vague || !u.Scaled || u.Span.Start != t.Span.End + 1 || text[t.Span.End] != ' '
            || LastScale(text.AsSpan(t.Span.Start, t.Span.End - t.Span.Start)) != 1e6 || t.Value % 1e6 != 0
            || LastScale(text.AsSpan(u.Span.Start, u.Span.End - u.Span.Start)) != 1e3 || u.Value >= 1e6 || u.Value % 1e3 != 0));
        // "28 thousand 500", "4 thousand 500" (translated Korean and Japanese copy): digits and "thousand", a space, then three
        // digits below it make one number.
        JoinSums(tokens, text, static (text, t, u) => !(t.Word || t.Vague || u.Word || u.Vague || u.Scaled || u.Span.End - u.Span.Start != 3 || u.Span.Start != t.Span.End + 1
            || text[t.Span.End] != ' ' || LastScale(text.AsSpan(t.Span.Start, t.Span.End - t.Span.Start)) != 1e3 || t.Value % 1e3 != 0));
        return tokens;
    }

    // Joins each pair of neighbouring tokens that `joins` accepts into one number, right to left (a joined token may join the
    // one before it): from the first's start to the second's end, their values added.
    // (The tests are static lambdas given the text: no closure is allocated on this path, which every sentence with a number takes.)
    private static void JoinSums(List<Token> tokens, string text, Func<string, Token, Token, bool> joins)
    {
        for (var i = tokens.Count - 2; i >= 0; i--)
        {
            var (t, u) = (tokens[i], tokens[i + 1]);
            if (!joins(text, t, u)) continue;
            tokens[i] = t with { Span = new TextSpan(t.Span.Start, u.Span.End), Value = t.Value + u.Value };
            tokens.RemoveAt(i + 1);
        }
    }

    // The value of the scale word a number in words ends with ("four-thousand": 1,000), or 0.
    private static double LastScale(ReadOnlySpan<char> written)
    {
        foreach (var (word, scale) in (ReadOnlySpan<(string, double)>)[("thousand", 1e3), ("million", 1e6), ("hundred", 100)])
            if (written.EndsWith(word, StringComparison.OrdinalIgnoreCase)) return scale;
        return 0;
    }

    // "-odd ", " odd ": an approximate infix between hyphens or spaces, nothing else.
    private bool IsApproximateInfix(ReadOnlySpan<char> between)
    {
        var word = between.Trim().Trim('-').Trim();
        return word.Length > 0 && between.Length > word.Length && approximateInfixes.Contains(word);
    }

    // " and ", "-and-": "and" alone between spaces or hyphens.
    private static bool IsAndBetween(ReadOnlySpan<char> between) =>
        between.Length > 3 && between[0] is ' ' or '-' && between[^1] is ' ' or '-' && between.Trim().Trim('-').Trim() is "and";

    // " and a half ", "-and-a-half-": a half infix between spaces or hyphens.
    private bool IsHalfInfix(ReadOnlySpan<char> between)
    {
        if (between.Length < 3 || between[0] is not (' ' or '-') || between[^1] is not (' ' or '-')) return false;
        Span<char> words = between.Length <= 64 ? stackalloc char[between.Length] : new char[between.Length];
        between.Replace(words, '-', ' ');
        return halfInfixes.Contains(string.Join(' ', words.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    private static bool TryParseDigits(ReadOnlySpan<char> written, bool dottedGroups, bool decimalComma, out double value)
    {
        if (!dottedGroups && !decimalComma) return NumberText.TryParse(written, out value);
        // "10.000 soldiers" in translated copy: the dots separate thousands; "4,5 million": the comma is a decimal point.
        Span<char> buffer = written.Length <= 128 ? stackalloc char[written.Length] : new char[written.Length];
        var length = 0;
        foreach (var c in written)
            if (decimalComma) buffer[length++] = c == ',' ? '.' : c;
            else if (c != '.') buffer[length++] = c;
        return NumberText.TryParse(buffer[..length], out value);
    }

    private static bool AllDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    private static bool Joins(string text, TextSpan previous, int end, TextSpan next)
    {
        var word = text.AsSpan(next.Start, next.End - next.Start);
        if (word.ContainsAny(' ', '\t', '\n') || word.Equals("zero", StringComparison.OrdinalIgnoreCase)) return false;
        // "two dozen" is 24; "a thousand dozen" is not how news counts.
        if (word.Equals("dozen", StringComparison.OrdinalIgnoreCase)
            && !(NumberText.TryParseWords(text[previous.Start..previous.End], out var count) && count is >= 2 and < 100))
            return false;
        var between = text.AsSpan(end, next.Start - end);
        if (between is "-") return true;
        if (between.Length == 0 || !char.IsWhiteSpace(between[0]) || !char.IsWhiteSpace(between[^1])) return false;
        var inner = between.Trim();
        // "one hundred and fifty", "two thousand and five": "and" joins after a scale word only ("between two and three thousand"
        // is a range, not 5,000).
        return inner.Length == 0 || (inner.Equals("and", StringComparison.OrdinalIgnoreCase) && NumberText.IsScaleWord(text.AsSpan(previous.Start, previous.End - previous.Start)));
    }

    private static double Unit(string word) => word switch
    {
        "dozen" or "dozens" => 12,
        "score" or "scores" => 20,
        "hundred" or "hundreds" => 100,
        "thousand" or "thousands" => 1e3,
        _ => 1e6,
    };
}
