namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Counts that stand beside troop figures in casualty and mobilisation copy and are not theirs, or are theirs with no troop
/// noun: tolls of people that name civilians, what soldiers own, sums of money and ages; and numbers whose own verb only
/// soldiers take ("300,000 would be called up").
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher civilianWords, moneyNouns, ageWords;
    private readonly AdjacentPhrases callUpParticiples, possessedCasualties, ageComparatives, agePeople;

    // text[at..), after a bare number: fillers (auxiliaries, modals, "be", "to"), then a verb that only soldiers take: "would be
    // called up", "had been drafted", "are to be conscripted", "will report for duty" (list call_up_participles).
    private bool CalledUpAfter(string text, int at, int end) => VerbAfterFillers(text, at, end, 5, callUpParticiples, passageVerbFillers);

    // After "N of them" in a toll of people: an optional copula, then a troop noun ("of them Ukrainian soldiers", "of whom were
    // soldiers"); where that noun ends, or -1.
    private int TroopNounAfterPart(string text, int at, int end)
    {
        if (!Spaced(text, at)) return -1;
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        if (auxiliaries.EndOfPhraseAt(text, at, end) is var copula and > 0 && Spaced(text, copula)) at = PhraseLiteral.SkipWhiteSpace(text, copula, end);
        return nounAfter.NounEnd(text, at, end);
    }

    // "4,000 soldiers' families": the troop noun ends in an apostrophe and another noun follows, not a casualty noun ("five
    // soldiers' deaths").
    private bool PossessiveOfOthers(string text, int numberStart, int from, int noun, int end)
    {
        if (noun >= end || text[noun] is not ('\'' or '’') || QuoteOpenedBetween(text, from, noun) || QuoteOpenedBefore(text, numberStart)) return false;
        var at = noun + 1;
        if (at < end && text[at] == 's') at++;
        if (!Spaced(text, at)) return false;
        at = PhraseLiteral.SkipWhiteSpace(text, at, end);
        return at < end && char.IsLetter(text[at]) && possessedCasualties.EndOfPhraseAt(text, at, end) <= 0;
    }

    // "to send ‘12,000 soldiers’ to the front", "‘About 3,000 troops’ sent": a quotation opened right before the number (its
    // hedge included), as headlines quote a count with single marks, is closed by the mark after the noun, no possessive.
    private static bool QuoteOpenedBefore(string text, int numberStart)
    {
        var at = numberStart;
        // Back over a hedge of up to two words ("‘about 5,000 troops’", "‘as many as'" is three and left).
        for (var words = 0; words <= 2 && at > 0; words++)
        {
            if (text[at - 1] == '‘' || (text[at - 1] == '\'' && (at == 1 || !char.IsLetterOrDigit(text[at - 2])))) return true;
            if (at < 2 || text[at - 1] != ' ' || !char.IsLetter(text[at - 2])) return false;
            at--;
            while (at > 0 && char.IsLetter(text[at - 1])) at--;
        }
        return false;
    }

    // "900 so-called ‘volunteers’ had crossed": the mark after the noun closes a quotation opened after the number, no possessive.
    private static bool QuoteOpenedBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
            if (text[i] == '‘' || (text[i] == '\'' && (i == from || char.IsWhiteSpace(text[i - 1])))) return true;
        return false;
    }

    // A casualty count of the sentence that no troop noun of its own follows, in a sentence that names civilians (list
    // civilian_words): "the death toll rose to 15, of whom 14 were civilians", "13 dead, eight civilians and five soldiers",
    // "Losses exceeded 6,000 people, including civilians". Such a toll counts people; only the soldiers' own count is theirs.
    private bool TollOfPeople(string text, int start, int end, Quantity q, IReadOnlyList<CountryMention> countries)
    {
        if (nounAfter.NounEnd(text, q.Span.End, end) >= 0 || bareNounAfter.NounEnd(text, q.Span.End, end) >= 0
            || contextNounAfter.NounEnd(text, q.Span.End, end) >= 0 || peopleOfCountry.NounEnd(text, q.Span.End, end) >= 0)
            return false;
        // "250 were killed in action": words only soldiers take keep it theirs.
        if (CalledUpAfter(text, q.Span.End, end) || !CiviliansNamed(text, start, end, q)) return false;
        // "my five fallen colleagues from the armed forces and civilians who lost their lives": the army they served in, named
        // after the number with no civilian word between, keeps the count theirs.
        if (ServedArmyAfter(text, q.Span.End, Math.Min(end, q.Span.End + 80))) return false;
        // "the toll among servicemen rose to 112, while 40 civilians were killed": a troop word just before the number (toll_troop_word_reach), no
        // civilian word between, makes the toll theirs; not one that speaks ("the army reported 14 dead, including 13 civilians").
        foreach (var (word, _) in troopWords.Find(text, Math.Max(start, q.Span.Start - reaches.TollTroopWord), q.Span.Start))
            if (!civilianWords.Any(text, word.End, q.Span.Start)
                && !(Spaced(text, word.End) && speakerWords.EndOfPhraseAt(text, PhraseLiteral.SkipWhiteSpace(text, word.End, end), end) > 0))
                return false;
        return true;
    }

    // Whether the sentence names civilians other than as the label of another row of a list: "Casualties: Uganda - ~1,000
    // killed; ...; civilians - ~1,500 killed" counts the armies' rows as theirs, the civilians' row as none.
    private bool CiviliansNamed(string text, int start, int end, Quantity q)
    {
        foreach (var (word, _) in civilianWords.Find(text, start, end))
            if (!OtherRowLabel(text, start, word, q)) return true;
        return false;
    }

    // A row label with a ';' between it and the figure.
    private static bool OtherRowLabel(string text, int start, TextSpan word, Quantity q)
    {
        if (!RowLabel(text, start, word)) return false;
        var (from, to) = q.Span.Start < word.Start ? (q.Span.End, word.Start) : (word.End, q.Span.Start);
        return text.AsSpan(from, to - from).IndexOf(';') >= 0;
    }

    // Whether the figure stands in a row a civilian word labels ("civilians - ~1,500 killed"): no troop figure, nor a number the
    // other rows are read against.
    private bool InCivilianRow(string text, int start, Quantity q)
    {
        var rowStart = RowStart(text, start, q.Span.Start);
        foreach (var (word, _) in civilianWords.Find(text, rowStart, q.Span.Start))
            return RowLabel(text, start, word);
        return false;
    }

    // A word that opens its part of the sentence (after ';' or the start) with a dash or a colon right after it.
    private static bool RowLabel(string text, int start, TextSpan word)
    {
        var rowStart = RowStart(text, start, word.Start);
        if (!text.AsSpan(rowStart, word.Start - rowStart).IsWhiteSpace()) return false;
        var after = text.AsSpan(word.End, Math.Min(text.Length, word.End + 3) - word.End).TrimStart();
        return !after.IsEmpty && after[0] is '-' or '–' or '—' or ':';
    }

    private static int RowStart(string text, int start, int at) =>
        at > start && text.LastIndexOf(';', at - 1, at - start) is var semicolon and >= 0 ? semicolon + 1 : start;

    // An army word (army_size_cues) after a preposition of service (served_army_prepositions, at most three words before it),
    // in text[from..to) with no ',', ';', ':' or civilian word before it.
    private bool ServedArmyAfter(string text, int from, int to)
    {
        foreach (var (cue, label) in cues.Find(text, from, to))
            if (label == ArmySize && text.AsSpan(from, cue.Start - from).IndexOfAny(",;:") < 0 && !civilianWords.Any(text, from, cue.Start)
                && PhraseBefore(kindWords.ServedArmyPrepositions, text, from, cue.Start, 3) >= 0)
                return true;
        return false;
    }

    // "a budget of 500 million", "$1.2 billion in aid, including 400 million for training": a number with a scale word of
    // millions at most money_word_reach characters after a money word (same sentence part: no ';' between), with no troop noun after
    // it, is a sum ("About 1.5 million are enlisted in the army, which has a budget of ..." is not).
    private bool MoneyScale(string text, int start, int end, Quantity q)
    {
        if (q.Value is not >= 1_000_000 || !text.AsSpan(q.Core.Start, q.Core.End - q.Core.Start).ContainsAny(Letters)) return false;
        if (nounAfter.NounEnd(text, q.Span.End, end) >= 0) return false;
        foreach (var (phrase, list) in moneyNouns.Find(text, Math.Max(start, q.Span.Start - reaches.MoneyWord), q.Span.Start))
            if (text.AsSpan(phrase.End, q.Span.Start - phrase.End).IndexOf(';') < 0 && (list != "currency_codes" || Spent(text, phrase.End, end)))
                return true;
        return false;
    }

    // "US$1.2 billion", "USD 300 million": a currency code names money only before a sum; "US active-duty force falls to
    // 1.28 million" names the country.
    private static bool Spent(string text, int at, int end)
    {
        var next = PhraseLiteral.SkipWhiteSpace(text, at, end);
        return next < end && (char.IsDigit(text[next]) || char.GetUnicodeCategory(text[next]) == System.Globalization.UnicodeCategory.CurrencySymbol);
    }

    private static readonly System.Buffers.SearchValues<char> Letters = System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ");

    // "lowered the mobilisation age to 25", "the recruitment age for reservists was raised to 50": a number below 100 at most
    // age_word_reach characters after an age word, in the same clause, is an age.
    // Most small numbers have no "age" before them: a substring test turns them away before the phrase scan (age_words all
    // contain it).
    // So is one a comparative hedges right after people named by sex or age ("Men over 16 were separated", "boys under 15":
    // age_people_nouns, then age_comparatives).
    private bool IsAge(string text, int start, Quantity q) =>
        (q.High ?? q.Value ?? q.Low) is < 100
        && ((Math.Max(start, q.Span.Start - reaches.AgeWord) is var from
                && text.AsSpan(from, q.Span.Start - from).Contains("age", StringComparison.OrdinalIgnoreCase)
                && PhraseBefore(ageWords, text, start, q.Span.Start, reaches.AgeWord, ",.;:"))
            || (ageComparatives.EndOfPhraseAt(text, q.Span.Start, q.Core.Start) > 0 && agePeople.StartOfPhraseBefore(text, start, q.Span.Start) >= 0));
}
