using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace Analysis.Timeline;

using Analysis.Vocabulary;

/// <summary>
/// A short line for a timeline, written from a sentence by cutting, never by adding words: leading
/// connectives and scene-setting clauses go, asides between commas go, "X said that Y" keeps the
/// speaker and Y without "that" and without whom it was told to, and trailing clauses ("…, raising
/// questions") and prepositional phrases are dropped until the line fits <see cref="MaxWords"/>.
/// </summary>
public sealed partial class EventSummarizer
{
    public const int MaxWords = 13;

    private static readonly ConditionalWeakTable<Lexicon, EventSummarizer> ByLexicon = new();

    private EventSummarizer(Lexicon lexicon)
    {
    }

    /// <summary>The summarizer of the kit's lexicon.</summary>
    public static EventSummarizer Default => For(Lexicon.Default);

    /// <summary>The summarizer with the words of <paramref name="lexicon"/>, built once per lexicon.</summary>
    public static EventSummarizer For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new EventSummarizer(l));

    public string Summarize(string sentence)
    {
        var s = CollapseWhiteSpace(sentence.Trim());
        s = TrimEnd(s);
        for (var before = ""; before != s;)
        {
            before = s;
            s = LeadingConnective().Replace(s, "");
            s = ComesAs().Replace(s, "");
            if (LeadingClause().Match(s) is { Success: true } lead && Words(s.AsSpan(lead.Length)) >= 4) s = s[lead.Length..];
        }
        if (AccordingTo().Match(s) is { Success: true } according && Words(according.Groups["rest"].ValueSpan) >= 3)
            s = $"{according.Groups["who"].Value}: {according.Groups["rest"].Value}";
        s = Aside().Replace(s, "");
        if (MayTrail(s) && TrailingClause().Match(s) is { Success: true } trailing && Words(s.AsSpan(0, trailing.Index)) >= 3) s = s[..trailing.Index];
        if (ThatClause().IsMatch(s) && Reported().Match(s) is { Success: true } reported)
        {
            // Whom it was told to and when go ("revealed to Yonhap news agency that"), except the object of "told".
            var verb = reported.Groups["verb"].Value;
            var told = verb.Equals("told", StringComparison.OrdinalIgnoreCase) && reported.Groups["object"].Success ? reported.Groups["object"].Value : "";
            s = $"{Speaker(reported.Groups["speaker"].Value)} {verb}{told} {reported.Groups["clause"].Value}";
        }
        // Filler and PhraseBeforeModal are tried only where a cheap search for a word they cannot match
        // without finds one (FillerWord, ModalWord): they start at every space or at common letters, and
        // most sentences have none of their words.
        if (FillerWord().IsMatch(s)) s = Filler().Replace(s, "");
        s = Said().Replace(s, "");
        // Only a line too long is cut further; its length in words is counted again only when it changes.
        var words = Words(s);
        if (words > MaxWords && HedgedPassive().Match(s) is { Success: true } hedge && Words(s.AsSpan(0, hedge.Index)) is var beforeHedge && beforeHedge >= 3)
            (s, words) = (s[..hedge.Index], beforeHedge);
        if (words > MaxWords && SecondPredicate().Match(s) is { Success: true } second && Words(s.AsSpan(0, second.Index)) is var beforeSecond && beforeSecond >= 4)
            (s, words) = (s[..second.Index], beforeSecond);
        if (words > MaxWords && ModalWord().IsMatch(s))
        {
            s = PhraseBeforeModal().Replace(s, " ", 1);
            words = Words(s);
        }
        // The phrases' starts are found once: a line cut at one start has exactly the starts before it
        // (PhraseStarts says why), so the list is cut with the line instead of searched again.
        List<int>? phrases = null;
        while (words > MaxWords && LastPhrase(s, phrases ??= PhraseStarts(s)) is { } at && Words(s.AsSpan(0, phrases[at])) is var beforeCut && beforeCut >= 4)
        {
            (s, words) = (s[..phrases[at]], beforeCut);
            phrases.RemoveRange(at, phrases.Count - at);
        }
        if (words > MaxWords) s = string.Join(' ', s.Split(' ').Take(MaxWords)) + "…";
        s = TrimEnd(s);
        return s.Length == 0 || char.ToUpperInvariant(s[0]) == s[0] ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }

    // What s.Split(' ', RemoveEmptyEntries).Length counts, without the array: the runs of non-spaces.
    private static int Words(ReadOnlySpan<char> s)
    {
        var words = 0;
        for (var i = 0; i < s.Length; i++)
            if (s[i] != ' ' && (i == 0 || s[i - 1] == ' ')) words++;
        return words;
    }

    // What Regex.Replace(s, @"\s+", " ") returns (\s is char.IsWhiteSpace), without a regex or a copy
    // for the usual sentence, whose only white space is single spaces.
    internal static string CollapseWhiteSpace(string s)
    {
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

    // Where Preposition matches in s, left to right. Cut at one of them, s has the earlier ones and no
    // other: an attempt before the cut that reads the cut's space fails there in both strings (inside a
    // word) or matches across it in s (inside \s+), and then no match of s could start at the cut.
    internal static List<int> PhraseStarts(string s)
    {
        var starts = new List<int>();
        foreach (var m in Preposition().EnumerateMatches(s)) starts.Add(m.Index);
        return starts;
    }

    // Which of the phrases (their starts in s) is the last prepositional phrase, if it leaves a subject and
    // a verb behind. The complement of a verb such as "hinted at" is not a phrase to drop.
    private static int? LastPhrase(string s, List<int> starts)
    {
        // The last that qualifies is looked for from the end. A verb after one start is after every earlier
        // start too (a start is a space, where no verb begins), so the first start from the end with a verb
        // after it ends the search.
        for (var i = starts.Count - 1; i >= 0; i--)
        {
            if (Verb().IsMatch(s.AsSpan(starts[i]))) return null;
            if (!VerbBefore().IsMatch(s.AsSpan(0, starts[i]))) return i;
        }
        return null;
    }

    // "Lawmakers Lee Seongkweun and Park Sunwon" speak as "Lawmakers": the actors list keeps their names.
    private static string Speaker(string speaker)
    {
        var trimmed = FreshAdjective().Replace(speaker, "").Trim();
        if (trimmed.Length == 0) return speaker;
        if (Words(trimmed) > 4 && RoleBeforeNames().Match(trimmed) is { Success: true } role) trimmed = role.Groups["role"].Value;
        return char.ToUpperInvariant(trimmed[0]) + trimmed[1..];
    }

    private static readonly (char Open, char Close)[] Quotes = [('‘', '’'), ('“', '”'), ('\'', '\''), ('"', '"')];

    // End punctuation goes; a closing quote stays only if its opening quote is in the line.
    private static string TrimEnd(string s)
    {
        s = s.TrimEnd(' ', '.', ',', ';', ':', '!', '?', '—', '–', '-');
        foreach (var (open, close) in Quotes)
        {
            if (!s.EndsWith(close)) continue;
            var count = s.Count(c => c == close) + (open == close ? 0 : s.Count(c => c == open));
            if (count % 2 == 1) s = s[..^1].TrimEnd(' ', '.', ',');
        }
        return s;
    }

    [GeneratedRegex(@"^(?:however|additionally|simultaneously|meanwhile|moreover|furthermore|in\s+addition|separately|overall|still|also|yet|but|and|nonetheless|nevertheless|likewise|similarly|indeed|notably|finally|in\s+turn|at\s+the\s+same\s+time)\s*,?\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingConnective();

    [GeneratedRegex(@"^(?:this|that|it|the\s+move|the\s+development)\b[^,]{0,30}?\bcomes?\s+as\s+", RegexOptions.IgnoreCase)]
    private static partial Regex ComesAs();

    [GeneratedRegex(@"^(?:while|although|though|as|after|before|when|once|since|because|if|during|in|on|at|following|amid|amidst|despite|with|under|citing|ahead\s+of|days\s+after|weeks\s+after|earlier|later|last|this)\b[^,]{2,160},\s+", RegexOptions.IgnoreCase)]
    private static partial Regex LeadingClause();

    [GeneratedRegex(@"^according\s+to\s+(?:the\s+)?(?<who>[^,]{2,80}),\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex AccordingTo();

    [GeneratedRegex(@",\s+(?:after|before|while|who|which|according\s+to|citing|such\s+as|including|like|as|in|on|at|for\s+example|reportedly|however|meanwhile|too|also|it\s+said|officials\s+said|(?:he|she|they)\s+said)\b[^,]*,", RegexOptions.IgnoreCase)]
    private static partial Regex Aside();

    // Whether TrailingClause can match: it matches where one of its four branches does. The regex stops at
    // every space (its second branch starts with \s+) though few lines have a trailing clause; here each
    // branch is searched by the character it starts with (',', ';', a dash with a space before it), the
    // second by its words (TrailingWord), so a line without one is not searched space by space.
    internal static bool MayTrail(string s) =>
        TrailingAfterComma().IsMatch(s) || s.Contains(';') || TrailingAfterDash().IsMatch(s) || TrailingWord().IsMatch(s);

    [GeneratedRegex(@",\s+(?:which|while|although|though|but|raising|highlighting|causing|aimed|such\s+as|including|as|amid|amidst|with|prompting|signall?ing|suggesting|adding|according|where|whereas|in\s+a\s+move)\b", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAfterComma();

    [GeneratedRegex(@"\s[—–-]\s", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingAfterDash();

    // A word of each phrase of the second branch (amid|amidst|although|though|whereas|in response to|in
    // return|even as|such as), with its options: where none is, that branch cannot match.
    [GeneratedRegex(@"amid|though|whereas|response|return|even|such", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingWord();

    [GeneratedRegex(@"(?:,\s+(?:which|while|although|though|but|raising|highlighting|causing|aimed|such\s+as|including|as|amid|amidst|with|prompting|signall?ing|suggesting|adding|according|where|whereas|in\s+a\s+move)\b|\s+(?:amid|amidst|although|though|whereas|in\s+response\s+to|in\s+return|even\s+as|such\s+as)\b|;|\s[—–-]\s)", RegexOptions.IgnoreCase)]
    internal static partial Regex TrailingClause();

    // A piece of Reported, with its options: where it cannot match, neither can Reported.
    [GeneratedRegex(@"\s+that\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex ThatClause();

    [GeneratedRegex(@"^(?<speaker>[^,]{2,80}?)\s+(?<verb>said|says|told|revealed|reported|claimed|stated|announced|confirmed|denied|mentioned|indicated|indicate|indicates|warned|added|noted|estimated|estimate|estimates|believes|believe|hinted|insisted|acknowledged|alleged|disclosed)(?<object>\s+[^,]{1,40}?)?,?\s+that\s+(?<clause>.+)$", RegexOptions.IgnoreCase)]
    internal static partial Regex Reported();

    [GeneratedRegex(@"^(?:recent|new|latest|earlier|fresh)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex FreshAdjective();

    [GeneratedRegex(@"\b(?:hint(?:s|ed)?|point(?:s|ed)?|call(?:s|ed)?|aim(?:s|ed)?|rel(?:y|ies|ied)|focus(?:es|ed)?|insist(?:s|ed)?|agree(?:s|d)?|refer(?:s|red)?|result(?:s|ed)?|amount(?:s|ed)?|lead(?:s)?|led|comply|complies|complied)$", RegexOptions.IgnoreCase)]
    private static partial Regex VerbBefore();

    // Words that add nothing to a timeline line: time fillers, a title before a name.
    [GeneratedRegex(@"\b(?:currently|also|recently|now)\s+|\ba\s+(?:significant|large|growing|small|substantial|considerable|sizable|sizeable)\s+number\s+of\s+(?:its\s+|their\s+)?|(?-i:\bPresident\s+(?=[A-Z]))|^(?i:recent)\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex Filler();

    [GeneratedRegex(@"^(?<role>(?:lawmakers|legislators|officials|analysts|experts|diplomats|officers|sources|researchers|ministers))\s+(?-i:[A-Z])", RegexOptions.IgnoreCase)]
    private static partial Regex RoleBeforeNames();

    // "Statements from X hinted…" is "X hinted…" in a timeline.
    [GeneratedRegex(@"^(?:statements?|remarks?|comments?)\s+(?:from|by)\s+(?=(?-i:[A-Z]))", RegexOptions.IgnoreCase)]
    private static partial Regex Said();

    // A second predicate joined by "and" ("…labeled them X and disparaged…") goes first when a line is too long.
    [GeneratedRegex(@"\s+and\s+(?=\w+ed\b)", RegexOptions.IgnoreCase)]
    private static partial Regex SecondPredicate();

    // "deployments to assist Russia would comply": the phrase between a subject and its modal goes.
    [GeneratedRegex(@"\s+(?:to|in|for|from|of)\s+(?:\S+\s+){0,3}?(?=(?:would|will|could|can|may|might|should|must)\b)", RegexOptions.IgnoreCase)]
    internal static partial Regex PhraseBeforeModal();

    // A phrase that holds a verb is not a phrase to drop from the end.
    [GeneratedRegex(@"\b(?:would|will|could|can|may|might|should|must|is|are|was|were|has|have|had|hint(?:s|ed)?|said|says|claimed|revealed|reported)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Verb();

    // Pieces of Filler and PhraseBeforeModal, with their options: where one cannot match, neither can its pattern.
    // All of one case, so that the words are searched together (President, case-sensitive in Filler, is found in any case).
    [GeneratedRegex(@"currently|also|recent|now|number|president", RegexOptions.IgnoreCase)]
    internal static partial Regex FillerWord();

    [GeneratedRegex(@"would|will|could|can|may|might|should|must", RegexOptions.IgnoreCase)]
    internal static partial Regex ModalWord();

    [GeneratedRegex(@"\s+(?:is|are|was|were)\s+(?:believed|thought|said|expected|reported|understood|likely|assessed)\s+to\b", RegexOptions.IgnoreCase)]
    private static partial Regex HedgedPassive();

    [GeneratedRegex(@"\s+(?:in|on|at|for|from|to|with|about|into|during|amid|amidst|near|over|across|after|before|under|by|via|toward|towards|against)\s+", RegexOptions.IgnoreCase)]
    internal static partial Regex Preposition();
}
