namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The noun a number counts when it follows the number past a few modifiers: "10,000 more elite North Korean
/// troops", "3,000-strong"'s "- soldiers". After the number: spaces, an optional hyphen, then up to five modifiers,
/// each a phrase of one list (case as written) or a capitalized word ("North", "Korean", "KPA"), each followed by a
/// space, then a noun of another list (any case) that ends a word. Where several readings fit, the one with the most
/// modifiers wins, earlier modifiers tried longest first (as a regular expression's greedy loop would read it).
/// Phrases match with any run of spaces between their words; ’ reads as '.
/// </summary>
internal sealed class NounAfterNumber
{
    private const int MaxModifiers = 5;
    private readonly StartingPhrases modifiers, nouns;
    // "20 Indian and four Chinese soldiers", "About 1,000 Serbian and 300 Hungarian troops": after "and", another number of the
    // same noun, in words or digits (the second keeps a figure of its own).
    private readonly WordSet? conjoinedNumbers;
    // "hundreds and at times more than 1,000 soldiers", "800 or even 1,000 troops": words that may stand between the joining
    // "and"/"or" and the second number (conjoined_number_links), and the plural number words that may be that second number
    // (conjoined_vague_numbers).
    private readonly StartingPhrases? joinLinks;
    private readonly WordSet? vagueNumbers;
    // "several hundred al Qaeda fighters", "11 al Shabab fighters": Arabic articles that copy writes apart from the name they
    // open (name_articles; the hyphened "al-Shabaab" needs no list).
    private readonly WordSet? nameArticles;

    public NounAfterNumber(IEnumerable<string> modifiers, IEnumerable<string> nouns, IEnumerable<string>? conjoinedNumbers = null,
        IEnumerable<string>? joinLinks = null, IEnumerable<string>? vagueNumbers = null, IEnumerable<string>? nameArticles = null)
    {
        if (nameArticles is not null)
            this.nameArticles = new WordSet(nameArticles, StringComparer.Ordinal);
        if (joinLinks is not null) this.joinLinks = new StartingPhrases(joinLinks, ignoreCase: true);
        if (vagueNumbers is not null)
            this.vagueNumbers = new WordSet(vagueNumbers, StringComparer.OrdinalIgnoreCase);
        this.modifiers = new StartingPhrases(modifiers, ignoreCase: false);
        this.nouns = new StartingPhrases(nouns, ignoreCase: true);
        if (conjoinedNumbers is not null)
            this.conjoinedNumbers = new WordSet(conjoinedNumbers.Where(w => !w.Contains(' ')), StringComparer.OrdinalIgnoreCase);
    }

    public static NounAfterNumber Of(Lexicon lexicon, string modifiers, string nouns, string? conjoinedNumbers = null) =>
        conjoinedNumbers is null ? new(lexicon.Words(modifiers), lexicon.Words(nouns), nameArticles: lexicon.Words("name_articles"))
            : new(lexicon.Words(modifiers), lexicon.Words(nouns), lexicon.Words(conjoinedNumbers), lexicon.Words("conjoined_number_links"),
                lexicon.Words("conjoined_vague_numbers"), lexicon.Words("name_articles"));

    /// <summary>Where the noun that text[from..end) opens with ends, or -1.</summary>
    public int NounEnd(string text, int from, int end)
    {
        var at = PhraseLiteral.SkipWhiteSpace(text, from, end);
        // "'a couple of thousand' more troops": a quoted number, then its noun.
        if (at == from && at + 1 < end && text[at] is '\'' or '’' or '"' or '”' && char.IsWhiteSpace(text[at + 1]))
            at = PhraseLiteral.SkipWhiteSpace(text, at + 1, end);
        // "five hundred (500) men", "500 (five hundred) troops": official and legal copy repeats the number in brackets before its noun.
        if (RepeatedInBrackets(text, at, end) is var repeated and > 0 && Spaced(text, repeated, end))
            at = PhraseLiteral.SkipWhiteSpace(text, repeated, end);
        if (at < end && text[at] == '-' && Read(text, from, end, PhraseLiteral.SkipWhiteSpace(text, at + 1, end), 0) is var afterHyphen and >= 0) return afterHyphen;
        return Read(text, from, end, at, 0);
    }

    // Where the word after a modifier ending at `e` starts: after its space, or right at `e` for a prefix written with its
    // hyphen ("26 ex-soldiers", "ex-" of noun_modifiers), or -1.
    private static int JoinedOrSpaced(string text, string modifier, int e, int end) =>
        modifier.EndsWith('-') && e < end && char.IsLetter(text[e]) ? e : ListedSpace(text, e, end);

    // The reading of text[at..end) after `count` modifiers: more modifiers first, then the noun.
    private int Read(string text, int from, int end, int at, int count)
    {
        if (at >= end) return -1;
        // "1,500 \"volunteers\"", "2,000 so-called 'volunteers'": a quotation mark that opens a word is no word of the phrase.
        if (OpensQuote(text, at, end)) at++;
        // "hundreds and at times more than 1,000 soldiers", "dozens or even hundreds of troops": right after the number, a second
        // figure joined to it whose noun is the first's too (the second keeps a figure of its own).
        if (count == 0 && JoinedFigureEnd(text, at, end) is var joined and > 0
            && Read(text, from, end, joined, count + 2) is var jointNoun and >= 0)
            return jointNoun;
        if (count < MaxModifiers)
        {
            foreach (var modifier in modifiers.Candidates(text, at, end))
                if (PhraseLiteral.EndOf(text, at, end, modifier, ignoreCase: false) is var e and >= 0 && JoinedOrSpaced(text, modifier, e, end) is var next and >= 0)
                {
                    if (Read(text, from, end, next, count + 1) is var found and >= 0) return found;
                    if (modifier == "and" && ConjoinedNumber(text, next, end) is var number and > 0 && Spaced(text, number, end)
                        && Read(text, from, end, PhraseLiteral.SkipWhiteSpace(text, number, end), count + 2) is var shared and >= 0)
                        return shared;
                }
            // "about 150 2nd Brigade soldiers", "4,500 3rd Infantry Division soldiers": a unit's ordinal opens its capitalised name,
            // and the noun ends it ("40 3rd Infantry Division vehicles" counts things: a word of the name is no noun there), with no
            // comma inside ("the 2nd Battalion, 7th Marines" is a unit's full name, read as the name it is).
            if (UnitOrdinalEnd(text, at, end) is var ordinal and > 0 && Read(text, from, end, ordinal, count + 1) is var ranked and >= 0
                && text.AsSpan(ordinal, ranked - ordinal).IndexOf(',') < 0
                && !(Spaced(text, ranked, end) && PhraseLiteral.SkipWhiteSpace(text, ranked, end) is var after && after < end && char.IsUpper(text[after])))
                return ranked;
            if (text[at] is >= 'A' and <= 'Z' || ArticledName(text, at, end))
            {
                var e = at + 1;
                while (e < end && (CueIndex.IsWordCharacter(text[e]) || text[e] is '.' or '\'' or '’' or '-')) e++;
                // "four New People's Army (NPA) fighters", "50 Kurdistan Workers Party (PKK) militants": copy gives a group's
                // acronym in brackets after its name at first mention, before the noun its members go by.
                if (text[at] is >= 'A' and <= 'Z' && BracketedAcronym(text, e, end) is var acronym and > 0) e = acronym;
                if (ListedSpace(text, e, end) is var next and >= 0 && Read(text, from, end, next, count + 1) is var found and >= 0) return found;
            }
            // "5,000 mostly young, poorly trained conscripts", "200 combat-hardened soldiers": a hyphened adjective of small letters
            // is a modifier too, whatever its words, and so is a word in -ly before another modifier (an adverb: not "200 family
            // members").
            else if (text[at] is >= 'a' and <= 'z' && FreeModifier(text, at, end) is (var free, var hyphened) && free > 0
                && ListedSpace(text, free, end) is var afterFree and >= 0 && (hyphened || OpensModifier(text, afterFree, end))
                && Read(text, from, end, afterFree, count + 1) is var freed and >= 0)
                return freed;
            // A possessive ("some 300 of his state's guard troops", "3,000 of the country's soldiers"): the noun after it is still
            // the one the number counts.
            else if (text[at] is >= 'a' and <= 'z' && Possessive(text, at, end) is var p and > 0 && Spaced(text, p, end)
                && Read(text, from, end, PhraseLiteral.SkipWhiteSpace(text, p, end), count + 1) is var owned and >= 0)
                return owned;
        }
        foreach (var noun in nouns.Candidates(text, at, end))
            if (PhraseLiteral.EndOf(text, at, end, noun, ignoreCase: true) is var e and >= 0 && PhraseLiteral.IsBoundary(text, from, end, e)) return e;
        return -1;
    }

    // Where a bracket that opens at `at` and holds only digits and separators, or only small letters, spaces and hyphens (a number
    // in words), closes, past it; or -1. Short: a bracketed aside is no repeated number.
    private static int RepeatedInBrackets(string text, int at, int end)
    {
        if (at >= end || text[at] != '(') return -1;
        var e = at + 1;
        var digits = e < end && char.IsAsciiDigit(text[e]);
        while (e < end && e - at <= 40 && (digits ? char.IsAsciiDigit(text[e]) || text[e] is ',' or '.' : text[e] is >= 'a' and <= 'z' or ' ' or '-')) e++;
        return e > at + 1 && e < end && text[e] == ')' && char.IsLetterOrDigit(text[e - 1]) ? e + 1 : -1;
    }

    private static bool Spaced(string text, int at, int end) => at < end && char.IsWhiteSpace(text[at]);

    // Where the word after an ordinal written in figures ("2nd", "101st", "82nd") starts, when that word is capitalised (a unit's
    // name goes on: "2nd Brigade", "82nd Airborne"); else -1.
    private static int UnitOrdinalEnd(string text, int at, int end)
    {
        var e = at;
        while (e < end && char.IsAsciiDigit(text[e])) e++;
        if (e == at || e + 2 >= end) return -1;
        var suffix = text.AsSpan(e, 2);
        if (!(suffix is "st" or "nd" or "rd" or "th")) return -1;
        e += 2;
        return Spaced(text, e, end) && PhraseLiteral.SkipWhiteSpace(text, e, end) is var next && next < end && char.IsUpper(text[next]) ? next : -1;
    }

    // A quotation mark right before a letter: it opens a quoted word.
    private static bool OpensQuote(string text, int at, int end) =>
        text[at] is '"' or '“' or '‘' or '\'' && at + 1 < end && char.IsLetter(text[at + 1]);

    // Where the next modifier or the noun starts after a modifier that ends at `at`: past spaces, or past a comma and spaces
    // that list modifiers ("9,000 navy, marine, air force and army troops", "14,000 Filipino, U.S., Australian and Japanese
    // service members"); -1 when neither follows.
    private static int ListedSpace(string text, int at, int end)
    {
        // "\"up to 5,000 well-trained\" soldiers": a quotation closed after a modifier leaves the noun to come.
        if (at < end && text[at] is '"' or '”' or '’' or '\'') at++;
        if (at < end && text[at] == ',') at++;
        return Spaced(text, at, end) ? PhraseLiteral.SkipWhiteSpace(text, at, end) : -1;
    }

    // Where a word of small letters that ends in "ly" ("mostly", "poorly", "newly") or that a hyphen joins ("combat-hardened",
    // "well-equipped") ends, or -1; and whether a hyphen joins it. Ages are not modifiers ("15-year-old soldiers" counts years).
    private static (int End, bool Hyphened) FreeModifier(string text, int at, int end)
    {
        var e = at;
        var hyphened = false;
        while (e < end && (text[e] is >= 'a' and <= 'z' || (text[e] == '-' && e > at && e + 1 < end && text[e + 1] is >= 'a' and <= 'z' && (hyphened = true))))
            e++;
        if (e < end && CueIndex.IsWordCharacter(text[e])) return (-1, false);
        if (hyphened) return text.AsSpan(at, e - at).Contains("year", StringComparison.Ordinal) ? (-1, false) : (e, true);
        return (e - at > 3 && text[e - 2] == 'l' && text[e - 1] == 'y' ? e : -1, false);
    }

    // "200 al-Shabaab militants", "Hashd al-Shaabi fighters": a name behind an Arabic article (a few small letters and a hyphen)
    // is capitalized all the same.
    private bool ArticledName(string text, int at, int end)
    {
        var e = at;
        while (e < end && e - at < 3 && text[e] is >= 'a' and <= 'z') e++;
        if (e > at && e + 1 < end && text[e] == '-' && text[e + 1] is >= 'A' and <= 'Z') return true;
        // "al Qaeda": a listed article, one space, then the capitalized name.
        return e > at && e + 1 < end && text[e] == ' ' && text[e + 1] is >= 'A' and <= 'Z' && nameArticles is { } articles
            && articles.Contains(text.AsSpan(at, e - at));
    }

    // Where a bracket of two to eight capitals (digits, "&" or "-" among them) that opens one space after `at` closes, past it;
    // or -1.
    private static int BracketedAcronym(string text, int at, int end)
    {
        if (at + 2 >= end || text[at] != ' ' || text[at + 1] != '(') return -1;
        var e = at + 2;
        while (e < end && e - at - 2 < 9 && (text[e] is >= 'A' and <= 'Z' or >= '0' and <= '9' or '&' or '-')) e++;
        var length = e - at - 2;
        return length is >= 2 and <= 8 && e < end && text[e] == ')' && text[at + 2] is >= 'A' and <= 'Z' ? e + 1 : -1;
    }

    // Whether a modifier of the list, a capitalized word or a hyphened adjective starts at `at`.
    private bool OpensModifier(string text, int at, int end)
    {
        if (at >= end) return false;
        if (text[at] is >= 'A' and <= 'Z') return true;
        foreach (var modifier in modifiers.Candidates(text, at, end))
            if (PhraseLiteral.EndOf(text, at, end, modifier, ignoreCase: false) >= 0) return true;
        return FreeModifier(text, at, end).Hyphened;
    }

    /// <summary>Whether a second figure is joined by "and"/"or" right after the number that ends at <paramref name="at"/>.</summary>
    public bool JoinsFigure(string text, int at, int end) => at < end && char.IsWhiteSpace(text[at])
        && JoinedFigureEnd(text, PhraseLiteral.SkipWhiteSpace(text, at, end), end) > 0;

    // Where the words after a second figure joined at `at` start: "and" or "or", up to three words of conjoined_number_links
    // ("at times", "later", "even", "more than"), a number in digits or words, or a plural of conjoined_vague_numbers, then a
    // space; or -1. Not after a comma: "the shelling killed 12, and perhaps 30 soldiers were wounded" joins two clauses, not
    // two figures.
    private int JoinedFigureEnd(string text, int at, int end)
    {
        if (joinLinks is null || at >= end) return -1;
        var e = at;
        while (e < end && text[e] is >= 'a' and <= 'z') e++;
        if (!(e - at == 3 && text.AsSpan(at, 3).SequenceEqual("and") || e - at == 2 && text.AsSpan(at, 2).SequenceEqual("or")) || !Spaced(text, e, end))
            return -1;
        var i = PhraseLiteral.SkipWhiteSpace(text, e, end);
        for (var k = 0; k < 3 && i < end; k++)
        {
            var linkEnd = -1;
            foreach (var link in joinLinks.Candidates(text, i, end))
                if (PhraseLiteral.EndOf(text, i, end, link, ignoreCase: true) is var le and > 0 && Spaced(text, le, end) && le > linkEnd) linkEnd = le;
            if (linkEnd < 0) break;
            i = PhraseLiteral.SkipWhiteSpace(text, linkEnd, end);
        }
        var number = ConjoinedNumber(text, i, end);
        if (number < 0 && vagueNumbers is { } vague)
        {
            var w = i;
            while (w < end && char.IsLetter(text[w])) w++;
            if (w > i && vague.Contains(text.AsSpan(i, w - i))) number = w;
        }
        return number > 0 && Spaced(text, number, end) ? PhraseLiteral.SkipWhiteSpace(text, number, end) : -1;
    }

    // Where the number word that starts at text[at] ends ("four", "twelve"), or -1.
    private int ConjoinedNumber(string text, int at, int end)
    {
        if (conjoinedNumbers is not { } words || at >= end) return -1;
        var e = at;
        // "Roughly 9,000 American and 5,000 Philippine troops": digits too.
        if (char.IsAsciiDigit(text[at]))
        {
            while (e < end && (char.IsAsciiDigit(text[e]) || (text[e] is ',' or '.' && e + 1 < end && char.IsAsciiDigit(text[e + 1])))) e++;
            return e;
        }
        while (e < end && char.IsLetter(text[e])) e++;
        return e > at && words.Contains(text.AsSpan(at, e - at)) ? e : -1;
    }

    // Where a word of letters that ends in 's or ’s ends, or -1.
    private static int Possessive(string text, int at, int end)
    {
        var e = at;
        while (e < end && char.IsLetter(text[e])) e++;
        return e > at && e + 1 < end && text[e] is '\'' or '’' && text[e + 1] == 's' && (e + 2 == end || !CueIndex.IsWordCharacter(text[e + 2])) ? e + 2 : -1;
    }

    /// <summary>Phrases by the run of word characters they start with, each run's in the order they are tried (longest first).</summary>
    private sealed class StartingPhrases
    {
        private readonly Dictionary<string, string[]> byFirstWord;
        private readonly Dictionary<string, string[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
        // Phrases that start with a character that is not a word character: tried everywhere.
        private readonly string[] others;
        // The first characters of the keys: most words after a number start no phrase, told by one bit before their hash.
        private readonly CharacterFilter openers;

        public StartingPhrases(IEnumerable<string> phrases, bool ignoreCase)
        {
            var ordered = phrases.Distinct(StringComparer.Ordinal).OrderByDescending(p => p.Length).ThenBy(p => p, StringComparer.Ordinal)
                .Select(p => p.Replace('’', '\'')).Where(p => p.Length > 0).ToArray();
            others = ordered.Where(p => !CueIndex.IsWordCharacter(p[0])).ToArray();
            var comparer = ignoreCase ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;
            // A run is keyed with the phrases that start elsewhere, in the one order.
            byFirstWord = ordered.Where(p => CueIndex.IsWordCharacter(p[0])).GroupBy(p => p[..FirstRun(p, 0, p.Length)], comparer)
                .ToDictionary(g => g.Key, g => ordered.Where(p => g.Contains(p) || others.Contains(p)).ToArray(), comparer);
            lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
            openers = CharacterFilter.Of(byFirstWord.Keys.Select(k => k[0]), ignoreCase);
        }

        /// <summary>
        /// The phrases that may start at text[at]: a phrase's first run of word characters is followed by a space,
        /// another character or a boundary, so it can only start where the text's whole run is the same.
        /// </summary>
        public string[] Candidates(string text, int at, int end)
        {
            if (!CueIndex.IsWordCharacter(text[at]) || !openers.May(text[at])) return others;
            return lookup.TryGetValue(text.AsSpan(at, FirstRun(text, at, end) - at), out var found) ? found : others;
        }

        private static int FirstRun(string text, int at, int end)
        {
            while (at < end && CueIndex.IsWordCharacter(text[at])) at++;
            return at;
        }
    }
}
