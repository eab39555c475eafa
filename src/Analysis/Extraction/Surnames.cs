namespace Analysis.Extraction;

using Analysis.Vocabulary;
using Analysis.Corpus;
using static SourceText;

/// <summary>
/// A person named earlier in the document, referred to by one name: "Hagari said", "Mr. Petrenko added" (see
/// <see cref="DocumentPeople"/>). Candidates of priority 4, sources only where the text cites them, under the full name.
/// </summary>
internal static class Surnames
{
    public static void Add(string s, int start, DocumentPeople people, List<SourceCandidate> candidates,
        WordSet honorifics)
    {
        // A document that has named only outlets: only the words after "the" are read (most sentences hold few), not every
        // capitalised word.
        if (!people.HasPeople)
        {
            AddOutlets(s, start, people, candidates);
            // "Shoigú" after "Serguéi Shoigú": a sentence with a letter outside ASCII is read for a known person's surname.
            if (!people.HasFoldedPeople || !s.AsSpan().ContainsAnyExceptInRange('\0', '\x7f')) return;
        }
        for (var i = 0; i < s.Length && s.AsSpan(i).IndexOfAnyInRange('A', 'Z') is var next and >= 0;)
        {
            i += next;
            var j = i + 1;
            // "O'Brien", "N'Diaye": one capital and an apostrophe open the surname.
            if (CapitalizedNames.ApostropheAfterCapital(s, j)) j += 2;
            while (j < s.Length && (char.IsLetter(s[j]) || s[j] == '-')) j++;
            // "Sare'e": an apostrophe inside the surname.
            j = CapitalizedNames.InnerApostropheEnd(s, j);
            // A whole word: not glued to a word, an apostrophe or a hyphen; a possessive may follow ("Hagari's").
            // "al-Burhan", "Al-Burhan": a surname with its glued article is looked up without it too.
            if ((i == 0 || !(IsWord(s[i - 1]) || s[i - 1] is '\'' or '’' or '-') || GluedArticle(s, i, people)) && (j == s.Length || !IsWord(s[j]))
                && (people.TryGet(s.AsSpan(i, j - i), out var person) || people.Unglued(s.AsSpan(i, j - i)) is { } bare && people.TryGet(bare, out person)))
            {
                // "Van der Berg said", "Le Floch added" for "Pieter van der Berg", "Jean-Yves Le Floch": the surname with the particles
                // its full name gives before it (a capital opening them) is that person, not a name no list knows.
                var from = ParticlesBefore(s, i, j, person.Name);
                // "said Mr. Kovac", "according to Ms. Kovac": the honorific opens the mention, so the cue before it reaches the person.
                if (from == i) from = HonorificBefore(s, i, honorifics);
                candidates.Add(new(from < i ? 3 : 4, person with { Span = new TextSpan(start + from, start + j), Role = CitationRole.Mentioned, AlwaysCited = false }) { CitedOnly = true });
            }
            // "The Post reported", "the Journal said": an outlet named in full before, by its last word after "the".
            else if (j < s.Length && !IsWord(s[j]) && TryWordBeforeThe(s, i) is >= 0 and var the && people.TryGetOutlet(s.AsSpan(i, j - i), out var outlet))
                candidates.Add(new(4, outlet with { Span = new TextSpan(start + the, start + j), Role = CitationRole.Mentioned, AlwaysCited = false }) { CitedOnly = true });
            i = j;
        }
    }

    // Where the particles before the surname s[i..j) start when the person's full name ends with them and the surname ("Van der
    // Berg" in "Van der Berg said" for "Pieter van der Berg"), case aside, a capital opening them, up to three words back; else `i`.
    private static int ParticlesBefore(string s, int i, int j, string name)
    {
        var from = i;
        for (var k = 0; k < 3 && from >= 2 && s[from - 1] == ' '; k++)
        {
            var b = from - 1;
            while (b > 0 && char.IsLetter(s[b - 1])) b--;
            if (b == from - 1 || from - 1 - b > 4) break;
            if (char.IsUpper(s[b]))
                return name.Length > j - b && name[name.Length - (j - b) - 1] == ' '
                    && name.AsSpan(name.Length - (j - b)).Equals(s.AsSpan(b, j - b), StringComparison.OrdinalIgnoreCase) ? b : i;
            if (s.AsSpan(b, from - 1 - b).ContainsAnyExceptInRange('a', 'z')) break;
            from = b;
        }
        return i;
    }

    // Where an honorific of apposed_honorifics ("Mr.", "Ms", "Dr.") right before the surname at `i` starts, after a space and inside
    // the sentence (a cue may stand before it); else `i`. An honorific opening the sentence ("Mr Varga added") leaves the surname's span.
    private static int HonorificBefore(string s, int i, WordSet honorifics)
    {
        if (i < 3 || s[i - 1] != ' ') return i;
        var b = i - 1;
        while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] == '.')) b--;
        return b > 1 && b < i - 1 && s[b - 1] == ' ' && honorifics.Contains(s.AsSpan(b, i - 1 - b)) ? b : i;
    }

    // Whether a lower-case article and a hyphen glue the word at `i` to what is before it ("al-Burhan"), the article a word of its own.
    private static bool GluedArticle(string s, int i, DocumentPeople people)
    {
        if (i < 2 || s[i - 1] != '-') return false;
        var b = i - 1;
        while (b > 0 && char.IsAsciiLetterLower(s[b - 1])) b--;
        return b < i - 1 && (b == 0 || !IsWord(s[b - 1])) && people.IsParticle(s.AsSpan(b, i - 1 - b));
    }

    // The outlets of a document that has named no person: what the scan above finds, read from each "the " alone.
    private static void AddOutlets(string s, int start, DocumentPeople people, List<SourceCandidate> candidates)
    {
        for (var at = s.IndexOf("he ", StringComparison.Ordinal); at >= 1; at = s.IndexOf("he ", at + 3, StringComparison.Ordinal))
        {
            var i = at + 3;
            if (i >= s.Length || !char.IsAsciiLetterUpper(s[i]) || TryWordBeforeThe(s, i) is not (>= 0 and var the)) continue;
            var j = i + 1;
            while (j < s.Length && (char.IsLetter(s[j]) || s[j] == '-')) j++;
            if (j < s.Length && !IsWord(s[j]) && people.TryGetOutlet(s.AsSpan(i, j - i), out var outlet))
                candidates.Add(new(4, outlet with { Span = new TextSpan(start + the, start + j), Role = CitationRole.Mentioned, AlwaysCited = false }) { CitedOnly = true });
        }
    }

    // Where "the " or "The " right before `at` starts, or -1.
    private static int TryWordBeforeThe(string s, int at) =>
        at >= 4 && s[at - 1] == ' ' && s.AsSpan(at - 4, 3) is "the" or "The" && (at == 4 || !IsWord(s[at - 5])) ? at - 4 : -1;
}
