using System.Buffers;
using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// Finds who is named in a sentence and what role they play: the gazetteer's sources, titled people
/// ("Lawmakers Lee Seongkweun and Park Sunwon"), groups ("Ukrainian officials"), countries speaking
/// ("Seoul said"), unknown names in a citing slot ("according to Kim Min-seok"), and pronouns that
/// cite ("he said", "the agency said"). A name is cited when the text makes it a voice: "X said", "X's
/// estimate", "according to X", "statements from X", "briefed by X", "citing X", "told X".
/// </summary>
internal static partial class SourceFinder
{
    private const string Name = @"[A-Z][a-zA-Z]+(?:[-'’][A-Z][a-zA-Z]+|-[a-z]+)?(?:\s+[A-Z][a-zA-Z]+(?:[-'’][A-Z][a-zA-Z]+|-[a-z]+)?){1,3}";

    private const string CountryAdjective =
        @"North\s+Korean|South\s+Korean|Russian|Ukrainian|U\.S\.|US|American|Japanese|Chinese|British|Western|European|NATO|North\s+Korea['’]s|South\s+Korea['’]s|Russia['’]s|Ukraine['’]s|Pyongyang['’]s|Seoul['’]s|Moscow['’]s|Kyiv['’]s|Washington['’]s|Japan['’]s|China['’]s|Kremlin";

    private const string Titles =
        @"lawmakers?|legislators?|MPs?|assembly(?:man|woman)|congress(?:man|woman)|senators?|Sen\.|Rep\.|representatives?|president|prime\s+minister|premier|(?:foreign|defen[cs]e|unification|deputy|interior)\s+ministers?|ministers?|secretary\s+of\s+state|secretary[- ]general|secretary|spokes(?:man|woman|person)|Gen\.|general|Lt\.?\s*Gen\.|Col\.|colonel|Maj\.|Adm\.|admiral|ambassador|director|chief|commander|analysts?|researchers?|professor|fellow|experts?|officials?|officers?|advis[eo]r|envoy|chairman|chairwoman|leader|spy\s+chief|intelligence\s+chief|lieutenant|sergeant|captain|Capt\.|Sgt\.";

    private const string Verbs =
        @"said|says|say|told|tells|tell|reported|reports|report|revealed|reveals|reveal|claimed|claims|claim|stated|states|announced|announces|confirmed|confirms|confirm|estimated|estimates|estimate|believes|believe|believed|warned|warns|added|adds|noted|notes|mentioned|mentions|indicated|indicates|disclosed|discloses|asserted|asserts|alleged|alleges|denied|denies|deny|acknowledged|acknowledges|admitted|admits|suggested|suggests|wrote|writes|posted|briefed|briefs|assessed|assesses|assess|concluded|concludes|hinted|hints|insisted|insists|explained|explains|cited|cites|quoted|informed|put|puts|predicted|predicts|projected|projects|calculated|counted|documented|observed|published|showed|shows|discussed|detailed|described|identified|tallied|testified|accused|dismissed|argued|argues|thinks|expects|understands|stressed|emphasized|emphasised|specified|recorded|tracked|verified|found|finds|pointed\s+out|made\s+clear|went\s+on";

    private const string StatementNouns =
        @"statements?|reports?|estimates?|assessments?|briefings?|findings|remarks|comments|data|figures|claims?|analysis|account|announcement|spokes\w+|intelligence|tally|count|calculations?|numbers|information|evaluation|testimony|post|warning|disclosure|conclusion";

    [GeneratedRegex(@"(?:(?<adj>" + CountryAdjective + @")\s+)?(?<title>(?i:" + Titles + @"))\s+(?<names>" + Name + @"(?:\s*,\s*" + Name + @")*(?:,?\s+and\s+" + Name + @")?)", RegexOptions.CultureInvariant)]
    internal static partial Regex TitledPeople();

    [GeneratedRegex(Name, RegexOptions.CultureInvariant)]
    private static partial Regex OneName();

    // A title at the very end of a text, found from the right: one anchored attempt instead of one at every letter.
    [GeneratedRegex(@"(?i:" + Titles + @")$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex TitleAtEnd();

    /// <summary>
    /// Whether <see cref="TitledPeople"/> can match at all: it needs a title followed by white space and a
    /// capital ("minister Kim"). Titles end in a letter or a dot, never in white space, so the title ends
    /// where a run of white space before a capital starts. Most sentences have no such title and skip
    /// the full pattern, which is tried at nearly every letter (the hottest regex of the extractor).
    /// The capitals are found by a vectorized search; capitals are fewer than spaces.
    /// </summary>
    internal static bool MayHaveTitledPeople(string sentence)
    {
        for (var j = 1; j < sentence.Length && sentence.AsSpan(j).IndexOfAnyInRange('A', 'Z') is var k and >= 0; j++)
        {
            j += k;
            if (!char.IsWhiteSpace(sentence[j - 1])) continue;
            var i = j - 1;
            while (i > 0 && char.IsWhiteSpace(sentence[i - 1])) i--;
            // The run of white space starts at i, after some text that may end in a title.
            if (i > 0 && TitleAtEnd().IsMatch(sentence.AsSpan(0, i))) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?<name>" + Name + @"),\s+(?:a|an|the)\s+(?:[\w'’.-]+\s+){0,4}?(?<title>(?i:" + Titles + @"))\b", RegexOptions.CultureInvariant)]
    internal static partial Regex AppositivePerson();

    /// <summary>
    /// Whether <see cref="AppositivePerson"/> can match at all: it needs a comma right after a name's
    /// last letter, then white space, "a", "an" or "the", and white space ("Kim Min-seok, a lawmaker").
    /// Most sentences have none; the pattern itself would be tried at every capital.
    /// </summary>
    internal static bool MayHaveAppositivePerson(string sentence)
    {
        for (var i = sentence.IndexOf(','); i >= 0; i = sentence.IndexOf(',', i + 1))
        {
            if (i == 0 || !char.IsAsciiLetter(sentence[i - 1])) continue;
            var j = i + 1;
            while (j < sentence.Length && char.IsWhiteSpace(sentence[j])) j++;
            if (j > i + 1 && (Article(sentence, j, "a") || Article(sentence, j, "an") || Article(sentence, j, "the"))) return true;
        }
        return false;

        static bool Article(string s, int at, string word) =>
            at + word.Length < s.Length && string.CompareOrdinal(s, at, word, 0, word.Length) == 0 && char.IsWhiteSpace(s[at + word.Length]);
    }

    [GeneratedRegex(@"(?<![\w'’-])(?<name>[A-Z][a-zA-Z]+(?:[-'’][A-Z][a-zA-Z]+|-[a-z]+)?(?:\s+(?:(?:of|for|the|and|on)\s+)*[A-Z][a-zA-Z]+(?:[-'’][A-Z][a-zA-Z]+|-[a-z]+)?){1,5})", RegexOptions.CultureInvariant)]
    internal static partial Regex CapitalizedRun();

    private const string GroupPattern =
        @"(?:\b(?:a|an|the|one|two|three|several|some|other)\s+)?(?:(?:senior|top|high-ranking|unnamed|anonymous|several|former|current)\s+)*(?<adj>" + CountryAdjective + @")\s+(?<mods>(?:(?:senior|top|high-ranking|military|defen[cs]e|intelligence|government|security|foreign\s+ministry|presidential|army|unnamed|anonymous|border|diplomatic|parliamentary|administration|state)\s+){0,3})(?<head>officials?|lawmakers?|legislators?|authorities|sources?|diplomats?|spokes(?:man|woman|person)|military|government|army|commanders?|analysts?|experts?|forces|troops|soldiers|prosecutors|police|ministry|leadership|administration|side|officers?|intelligence|media)\b";

    [GeneratedRegex(GroupPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Group();

    // The piece of Group every match holds, a country adjective and white space, with its options: a
    // plain search for the adjectives, where Group stops at nearly every word ("a", "the", "senior"…).
    [GeneratedRegex(@"(?:" + CountryAdjective + @")\s+", RegexOptions.CultureInvariant)]
    internal static partial Regex CountryAdjectiveAndSpace();

    // Group, tried at one position only (\G): where GroupMatches looks for a match, not beyond it.
    [GeneratedRegex(@"\G(?:" + GroupPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex GroupAt();

    /// <summary>
    /// The matches of <see cref="Group"/>, the same ones in the same order, without running it at every
    /// word. Every match holds a country adjective, which starts with a capital; what may come before
    /// it in a match ("the senior ", "a high-ranking ") is lower-case letters, hyphens and white space.
    /// So a match starts on an adjective or in the run of such characters just before it, and the rest
    /// of it, from the adjective on, is the same whichever of those starts it has: if no match starts on
    /// the adjective, none starts in its run. Otherwise the run's positions are tried left to right, as
    /// the regex would try them.
    /// </summary>
    internal static IEnumerable<Match> GroupMatches(string sentence)
    {
        var from = 0;
        while (from < sentence.Length && CountryAdjectiveAndSpace().Match(sentence, from) is { Success: true } adjective)
        {
            var a = adjective.Index;
            if (GroupAt().Match(sentence, a) is not { Success: true } found)
            {
                from = a + 1;
                continue;
            }
            var q = a;
            while (q > from && (sentence[q - 1] is (>= 'a' and <= 'z') or '-' || char.IsWhiteSpace(sentence[q - 1]))) q--;
            for (; q < a; q++)
                // A match that starts before the adjective starts with one of the words that may precede it.
                if (StartsWithLeadWord(sentence, q) && GroupAt().Match(sentence, q) is { Success: true } earlier)
                {
                    found = earlier;
                    break;
                }
            yield return found;
            from = found.Index + found.Length;
        }
    }

    // The words Group lets precede a country adjective: its determiners and its modifiers before the adjective.
    private static readonly string[] LeadWords =
        ["a", "an", "the", "one", "two", "three", "several", "some", "other", "senior", "top", "high-ranking", "unnamed", "anonymous", "former", "current"];

    // Each is followed by white space in a match (\s+ in the pattern).
    private static bool StartsWithLeadWord(string s, int at)
    {
        foreach (var word in LeadWords)
            if (at + word.Length < s.Length && char.IsWhiteSpace(s[at + word.Length]) && string.CompareOrdinal(s, at, word, 0, word.Length) == 0) return true;
        return false;
    }

    private const string PronounPattern =
        @"\b(?<p>[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:(?:news|spy|intelligence|defen[cs]e|foreign)\s+)?(?:agency|service|ministry|lawmakers?|officials?|outlet|newspaper|broadcaster|military|spokes(?:man|woman|person)|minister|president|analyst|institute|think\s+tank|legislators?))\b";

    [GeneratedRegex(PronounPattern, RegexOptions.CultureInvariant)]
    internal static partial Regex Pronoun();

    // Pronoun, tried at one position only (\G).
    [GeneratedRegex(@"\G(?:" + PronounPattern + ")", RegexOptions.CultureInvariant)]
    private static partial Regex PronounAt();

    private static readonly SearchValues<string> He = SearchValues.Create(["he", "He"], StringComparison.Ordinal);

    /// <summary>
    /// The matches of <see cref="Pronoun"/>, the same ones in the same order, tried only where one can
    /// start: every match begins "He", "he" or a letter before "he" (she, the, they), so the positions
    /// are found by a search for "he" and "He" instead of the pattern stopping at every h, s and t.
    /// </summary>
    internal static IEnumerable<Match> PronounMatches(string sentence)
    {
        var from = 0;
        for (var i = 0; i < sentence.Length && sentence.AsSpan(i).IndexOfAny(He) is var k and >= 0; )
        {
            i += k;
            // "She", "the", "They": one letter before the "he"; "He", "he": on it.
            if (sentence[i] == 'h' && i - 1 >= from && sentence[i - 1] is 'S' or 's' or 'T' or 't' && PronounAt().Match(sentence, i - 1) is { Success: true } before)
            {
                yield return before;
                i = from = before.Index + before.Length;
            }
            else if (i >= from && PronounAt().Match(sentence, i) is { Success: true } on)
            {
                yield return on;
                i = from = on.Index + on.Length;
            }
            else i++;
        }
    }


    [GeneratedRegex(@"\binterception\s+of\s+(?:[\w'’]+\s+){0,3}?(?:communications|calls|conversations|messages|radio\s+\w+|transmissions|chatter)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Interception();

    // The four *Before patterns end at the end of the text before a name and are only asked whether they
    // match: searched right to left they are tried once, at the end, instead of at every word of the text
    // (same language, so the same answer; tested against the left-to-right patterns).
    [GeneratedRegex(@"(?:\b(?:briefed|informed|told|advised|tipped\s+off)\s+by\s+|\bciting\s+(?:(?:a|an|the|unnamed|anonymous|intelligence|information|data|reports?|assessments?|estimates?|sources?|officials?|from|by|of|in|its|their|his|her|recent|new|latest)\s+){0,4}|\bbriefings?\s+(?:by|from)\s+|\b(?:information|intelligence|data)\s+(?:provided\s+|supplied\s+|shared\s+)?(?:by|from)\s+|\bbased\s+on\s+(?:[\w'’-]+\s+){0,3}?(?:from|by)\s+)(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex InformantBefore();

    [GeneratedRegex(@"\b(?:told|tell|tells|telling|revealed\s+to|said\s+to|disclosed\s+to|confirmed\s+to|explained\s+to|speaking\s+to|spoke\s+to|in\s+(?:an?\s+)?(?:interviews?|remarks|comments|statements?)\s+(?:with|to)|briefed|informed|(?:as\s+)?reported\s+by|(?:as\s+)?first\s+reported\s+by|leaked\s+to)\s+(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex AudienceBefore();

    [GeneratedRegex(@"(?:\baccording\s+to\s+(?:(?:a|an|the|recent|new|latest|statements?|remarks|reports?|estimates?|assessments?|figures|data|comments|analysis|briefings?|from|by|of|issued|released|published)\s+){0,4}|\b(?:" + StatementNouns + @")\s+(?:from|by|of|issued\s+by|released\s+by|made\s+by|published\s+by)\s+|\bspokes(?:man|woman|person)\s+for\s+|\bquoted\s+)(?:the\s+)?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex SpeakerBefore();

    [GeneratedRegex(@"\b(?:said|says|added|noted|wrote|explained|warned|told\s+\w+)\s+(?:the\s+)?$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex InvertedBefore();

    [GeneratedRegex(@"^\s*(?:[,.;:!?”""]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex InvertedAfter();

    [GeneratedRegex(@"^(?:\s*\([^()]{1,60}\)|\s*,\s*[^,.;:]{1,120}?,|\s+and\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}|\s+(?:of|in|at|for)\s+(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4})*\s+(?:(?:has|have|had|been|being|was|were|also|later|previously|earlier|publicly|reportedly|separately|recently|officially|further|first|then|did|not|would|will|again|repeatedly|initially|now|last\s+\w+|this\s+\w+|on\s+\w+day|in\s+a\s+statement|in\s+a\s+report|in\s+an\s+interview)\s+)*(?:" + Verbs + @")\b", RegexOptions.CultureInvariant)]
    private static partial Regex SpeakerAfter();

    [GeneratedRegex(@"^['’]s?\s+(?:[\w-]+\s+){0,2}?(?:" + StatementNouns + @")\b|^\s+(?:(?:has|have|had|also|on\s+\w+day)\s+)*(?:gave|gives|give|provided|provides|released|releases|shared|shares|presented|presents|issued|issues|offered|updated)\s+(?:(?:a|an|its|their|his|her|the|new|latest|fresh|updated|revised|first|own|official)\s+)*(?:" + StatementNouns + @"|update|numbers|details)\b", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveStatementAfter();

    // Sentence openers and other capitalised words that never start a name.
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        "The", "A", "An", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "In", "On", "At", "But", "And",
        "However", "Meanwhile", "According", "Officials", "Its", "There", "His", "Her", "Their", "After", "Before", "While",
        "When", "Earlier", "Later", "Still", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday",
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
        "Some", "Many", "Most", "Both", "Analysts", "Experts", "Intelligence", "Satellite", "Separately", "Overall", "Last",
    };

    /// <summary>The sources a sentence cites or names. <paramref name="gazetteerMatches"/>: the matches of <paramref name="gazetteer"/> in the sentence, found once by the caller and shared with the timeline.</summary>
    public static List<SourceRef> Find(Document document, Sentence sentence, SourceGazetteer gazetteer,
        IEnumerable<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches)
    {
        var text = document.Text;
        var (start, end) = (sentence.Start, sentence.End);
        var candidates = new List<(int Priority, SourceRef Ref)>();

        foreach (Match m in MayHaveTitledPeople(sentence.Text) ? TitledPeople().Matches(sentence.Text) : Enumerable.Empty<Match>())
        {
            var title = Normalize(m.Groups["title"].Value).ToLowerInvariant();
            var country = m.Groups["adj"].Success && Countries.Default.TryResolve(Normalize(m.Groups["adj"].Value), out var c) ? c : null;
            var names = m.Groups["names"];
            foreach (Match n in OneName().Matches(names.Value))
            {
                var span = new TextSpan(start + names.Index + n.Index, start + names.Index + n.Index + n.Length);
                candidates.Add((0, Person(text, span, n.Value, title, country, gazetteer)));
            }
        }
        foreach (Match m in MayHaveAppositivePerson(sentence.Text) ? AppositivePerson().Matches(sentence.Text) : Enumerable.Empty<Match>())
        {
            var g = m.Groups["name"];
            var span = new TextSpan(start + g.Index, start + g.Index + g.Length);
            if (NotNames.Contains(FirstWord(g.Value))) continue;
            candidates.Add((0, Person(text, span, g.Value, Normalize(m.Groups["title"].Value).ToLowerInvariant(), null, gazetteer)));
        }
        foreach (var (span, entry) in gazetteerMatches)
            candidates.Add((1, new SourceRef(span, entry.Name, entry.Kind, entry.Country, CitationRole.Mentioned, RoleNounOf(entry),
                IsPerson: entry.Kind == SourceKind.Official,
                AlwaysCited: entry.IsAlwaysCited)));
        // Where the matches are is all this needs (EnumerateMatches: no Match objects).
        foreach (var m in Interception().EnumerateMatches(sentence.Text))
            if (gazetteer.TryResolve("intercepted communications", out var intercept))
                candidates.Add((1, new SourceRef(new TextSpan(start + m.Index, start + m.Index + m.Length), intercept.Name, intercept.Kind, intercept.Country,
                    CitationRole.Mentioned, null, AlwaysCited: true)));
        foreach (var m in GroupMatches(sentence.Text))
            candidates.Add((2, GroupRef(new TextSpan(start + m.Index, start + m.Index + m.Length), m)));
        foreach (var (span, country, possessive) in Countries.Default.Find(text, start, end))
            // A country speaks by its name or capital ("Seoul said"), not by an adjective ("North Korean").
            if (!Countries.Default.IsAdjective(text, span))
                candidates.Add((3, new SourceRef(new TextSpan(span.Start, possessive ? span.End - (text[span.End - 1] == 's' ? 2 : 1) : span.End),
                country, SourceKind.Government, country, CitationRole.Mentioned, "government")));
        // The group "name" is the whole match (only a lookbehind is outside it): its place is the match's.
        foreach (var m in CapitalizedRun().EnumerateMatches(sentence.Text))
        {
            var (s, value) = (m.Index, sentence.Text.Substring(m.Index, m.Length));
            // "The Korea Institute for Defense Analyses": the opener is not part of the name.
            while (FirstWord(value) is var first && NotNames.Contains(first) && value.Length > first.Length + 1)
            {
                s += first.Length + 1;
                value = value[(first.Length + 1)..].TrimStart();
            }
            if (NotNames.Contains(FirstWord(value)) || !value.Contains(' ')) continue;
            // At most three words between single spaces (what Split(' ') would count).
            var person = !value.Contains(" of ") && !value.Contains(" for ") && !value.Contains(" the ") && value.AsSpan().Count(' ') < 3;
            candidates.Add((4, new SourceRef(new TextSpan(start + s, start + s + value.Length), Normalize(value), person ? SourceKind.Official : SourceKind.Other, null,
                CitationRole.Mentioned, null, IsPerson: person)));
        }
        foreach (var m in PronounMatches(sentence.Text))
        {
            var p = Normalize(m.Groups["p"].Value).ToLowerInvariant();
            var noun = p is "he" or "she" ? "person" : p == "they" ? "they" : Singular(p[(p.LastIndexOf(' ') + 1)..]);
            candidates.Add((5, new SourceRef(new TextSpan(start + m.Index, start + m.Index + m.Length), p, SourceKind.Other, null,
                CitationRole.Mentioned, noun, IsPronoun: true)));
        }

        // Most specific reading first (lower priority, then longer span, then found first: a stable
        // order); a span is claimed once.
        var order = new int[candidates.Count];
        for (var i = 0; i < order.Length; i++) order[i] = i;
        Array.Sort(order, (x, y) =>
            candidates[x].Priority != candidates[y].Priority ? candidates[x].Priority.CompareTo(candidates[y].Priority)
            : candidates[x].Ref.Span.Length != candidates[y].Ref.Span.Length ? candidates[y].Ref.Span.Length.CompareTo(candidates[x].Ref.Span.Length)
            : x.CompareTo(y));
        var accepted = new List<SourceRef>();
        foreach (var index in order)
        {
            var candidate = candidates[index].Ref;
            if (Overlaps(accepted, candidate.Span)) continue;
            var role = Role(text, start, end, candidate.Span);
            // Countries, unknown names and pronouns are sources only where the text cites them. (An unknown
            // name is any candidate equal to one of the capitalized runs.)
            if (role == CitationRole.Mentioned && IsUnknownName(candidates, candidate)) continue;
            if (candidate.IsPronoun && role == CitationRole.Mentioned) continue;
            if (candidate.RoleNoun == "government" && !candidate.IsGroup && role == CitationRole.Mentioned) continue;
            accepted.Add(candidate with { Role = role });
        }
        accepted.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return accepted;
    }

    private static bool Overlaps(List<SourceRef> accepted, TextSpan span)
    {
        foreach (var a in accepted)
            if (a.Span.Start < span.End && span.Start < a.Span.End) return true;
        return false;
    }

    private static bool IsUnknownName(List<(int Priority, SourceRef Ref)> candidates, SourceRef candidate)
    {
        foreach (var (priority, r) in candidates)
            if (priority == 4 && r == candidate) return true;
        return false;
    }

    // The text before the first space, as Split(' ')[0] gives it.
    private static string FirstWord(string s) => s.IndexOf(' ') is var i and >= 0 ? s[..i] : s;

    [GeneratedRegex(@"(?:(?:" + CountryAdjective + @")\s+)?(?:(?i:" + Titles + @"))\s+$", RegexOptions.CultureInvariant)]
    internal static partial Regex TrailingTitle();

    // The same language as TrailingTitle, searched from the end: whether it matches, never where.
    [GeneratedRegex(@"(?:(?:" + CountryAdjective + @")\s+)?(?:(?i:" + Titles + @"))\s+$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    internal static partial Regex TrailingTitleExists();

    private static CitationRole Role(string text, int start, int end, TextSpan span)
    {
        // Spans, not substrings: the regexes read the same characters, and nothing is copied.
        var before = text.AsSpan(start, span.Start - start);
        // "statements from President Vladimir Putin": the title belongs to the name.
        // The right-to-left twin says cheaply whether the title is there at all; only then is it located.
        // The title and the four *Before patterns all end in white space ("minister ", "according to ",
        // "told "): a name right after a bracket, a quote or the sentence start skips them.
        if (EndsInWhiteSpace(before) && TrailingTitleExists().IsMatch(before) && TrailingTitle().Match(before.ToString()) is { Success: true } title)
            before = before[..title.Index];
        var after = text.AsSpan(span.End, end - span.End);
        if (EndsInWhiteSpace(before))
        {
            if (InformantBefore().IsMatch(before)) return CitationRole.Informant;
            if (AudienceBefore().IsMatch(before)) return CitationRole.Audience;
            if (SpeakerBefore().IsMatch(before)) return CitationRole.Speaker;
            if (InvertedAfter().IsMatch(after) && InvertedBefore().IsMatch(before)) return CitationRole.Speaker;
        }
        if (SpeakerAfter().IsMatch(after) || PossessiveStatementAfter().IsMatch(after)) return CitationRole.Speaker;
        return CitationRole.Mentioned;
    }

    private static bool EndsInWhiteSpace(ReadOnlySpan<char> text) => text.Length > 0 && char.IsWhiteSpace(text[^1]);

    private static SourceRef Person(string text, TextSpan span, string name, string title, string? country, SourceGazetteer gazetteer)
    {
        var roleNoun = Singular(title.Split(' ')[^1]);
        if (gazetteer.TryResolve(name, out var entry))
            return new SourceRef(span, entry.Name, entry.Kind, entry.Country ?? country, CitationRole.Mentioned, roleNoun, IsPerson: true, AlwaysCited: entry.IsAlwaysCited);
        var kind = roleNoun is "analyst" or "researcher" or "professor" or "fellow" or "expert" ? SourceKind.Other
            : roleNoun is "general" or "commander" or "colonel" or "officer" or "lieutenant" or "sergeant" or "captain" or "admiral" ? SourceKind.Military
            : SourceKind.Official;
        return new SourceRef(span, Normalize(name), kind, country, CitationRole.Mentioned, roleNoun, IsPerson: true);
    }

    private static SourceRef GroupRef(TextSpan span, Match m)
    {
        var adjective = Normalize(m.Groups["adj"].Value);
        var country = Countries.Default.TryResolve(adjective, out var c) ? c : null;
        var head = m.Groups["head"].Value.ToLowerInvariant();
        var mods = m.Groups["mods"].Value.ToLowerInvariant();
        // Most groups have no modifiers ("North Korean troops"): nothing to split.
        var kept = mods.Length == 0 ? "" : string.Join(' ', mods.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w is "military" or "defense" or "defence" or "intelligence")
            .Select(w => w == "defence" ? "defense" : w));
        var plural = head switch
        {
            "official" => "officials", "lawmaker" or "legislator" or "legislators" => "lawmakers", "source" => "sources",
            "diplomat" => "diplomats", "spokesman" or "spokeswoman" => "spokesperson", "commander" => "commanders",
            "analyst" => "analysts", "expert" => "experts", "officer" => "officers",
            _ => head,
        };
        var kind = head == "intelligence" || kept.Contains("intelligence") ? SourceKind.Intelligence
            : head == "media" ? SourceKind.StateMedia
            : kept.Contains("military") || kept.Contains("defense") || head is "military" or "army" or "forces" or "troops" or "soldiers" or "commanders" or "commander" or "officers" or "officer"
                ? SourceKind.Military
            : plural == "lawmakers" ? SourceKind.Official
            : plural is "sources" or "analysts" or "experts" ? SourceKind.Other
            : SourceKind.Government;
        var name = string.Join(' ', new[] { country is null ? adjective : Countries.Default.Adjective(country), kept, plural }.Where(p => p.Length > 0));
        return new SourceRef(span, name, kind, country, CitationRole.Mentioned, Singular(plural), IsGroup: true);
    }

    private static string? RoleNounOf(GazetteerEntry entry) => entry.Kind switch
    {
        SourceKind.Intelligence => "agency",
        SourceKind.Outlet => "outlet",
        SourceKind.StateMedia => "media",
        _ when entry.Name.Contains("Ministry", StringComparison.Ordinal) => "ministry",
        SourceKind.Military => "military",
        _ => null,
    };

    private static string Singular(string noun) => noun switch
    {
        "lawmakers" or "legislators" or "legislator" => "lawmaker",
        "officials" => "official",
        "spokesman" or "spokeswoman" or "spokesperson" => "spokesperson",
        "service" => "agency",
        "newspaper" or "broadcaster" => "outlet",
        _ when noun.EndsWith('s') && noun.Length > 3 && noun is not "forces" and not "authorities" and not "sources" and not "media" => noun[..^1],
        _ => noun,
    };

    internal static string Normalize(string s) =>
        IsNormal(s) ? s : string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Replace('’', '\'');

    // Whether Normalize would give s back: single spaces between words, no other white space, no ’.
    private static bool IsNormal(string s)
    {
        for (var i = 0; i < s.Length; i++)
            if (s[i] == '’' || (char.IsWhiteSpace(s[i]) && (s[i] != ' ' || i == 0 || i == s.Length - 1 || s[i - 1] == ' ')))
                return false;
        return true;
    }
}
