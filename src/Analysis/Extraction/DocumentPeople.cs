namespace Analysis.Extraction;

using static SourceText;

/// <summary>
/// The people a document has named so far, as its later sentences refer to them: a titled person by surname ("IDF spokesman Daniel
/// Hagari said …" then "Hagari added …"; a Korean name by its family name, "Jeon" for "Jeon Ha-kyu", whose given
/// name is hyphenated), and by another spelling of the same name ("Kim Jong-un", "Kim Jong Un"): one source each.
/// Filled sentence by sentence, in order; one per document.
/// </summary>
internal sealed class DocumentPeople(IReadOnlySet<string>? familyNameFirst = null, IReadOnlySet<string>? particles = null)
{
    private readonly Dictionary<string, SourceRef> bySurname = new(StringComparer.Ordinal);
    // A titled person's other names ("Padrino" for "Vladimir Padrino López", "Sjafrie" for "Sjafrie Sjamsoeddin"): where
    // the naming custom is not the last word's, copy names the person by another of them. Null when two people share it.
    private readonly Dictionary<string, SourceRef?> byOtherName = new(StringComparer.Ordinal);
    // The same surnames by their letters without diacritics, lower case: "Shoigú" in translated copy is the "Shoigu" named before.
    private readonly Dictionary<string, SourceRef> byFoldedSurname = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> bySpelling = new(StringComparer.Ordinal);
    // "The Washington Post" by its last word after "the" ("The Post reported"), once the document has named it in full.
    private readonly Dictionary<string, SourceRef> outlets = new(StringComparer.Ordinal);

    // The person each surname named in full last ("Yoon Sang-hyun, a lawmaker, …" then "President Yoon Suk Yeol …": "Yoon" is the
    // president's from then on), whoever cited or only named them: a gazetteer's surname is its person where he was named last.
    private readonly Dictionary<string, string> lastBearer = new(StringComparer.Ordinal);

    /// <summary>The full name the document gave last to a person of that surname (last word, or first of a family-first name), or null.</summary>
    public string? LastBearer(ReadOnlySpan<char> surname) =>
        lastBearer.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var name) ? name : null;

    /// <summary>Whether the document has named anyone yet.</summary>
    public bool IsEmpty => bySurname.Count == 0 && outlets.Count == 0 && byFoldedSurname.Count == 0;

    /// <summary>Whether the document has named a person a later surname with diacritics may stand for.</summary>
    public bool HasFoldedPeople => byFoldedSurname.Count > 0;

    /// <summary>Whether the document has named a person yet (not only an outlet).</summary>
    public bool HasPeople => bySurname.Count > 0;

    /// <summary>The outlet named in full before that "the" and a capitalised word of a later sentence stand for ("the Journal").</summary>
    public bool TryGetOutlet(ReadOnlySpan<char> lastWord, out SourceRef outlet) =>
        outlets.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(lastWord, out outlet!);

    /// <summary>The person a capitalised word of a later sentence stands for.</summary>
    public bool TryGet(ReadOnlySpan<char> surname, out SourceRef person) =>
        bySurname.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out person!)
        || byOtherName.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(surname, out var other) && (person = other!) is not null
        // Only a word with a letter outside ASCII is looked up again, without its diacritics.
        || surname.ContainsAnyExceptInRange('\0', '\x7f') && byFoldedSurname.TryGetValue(SourceGazetteer.Spelling(surname.ToString()), out person!);

    /// <summary>
    /// The sentence's sources, with each person spelled as the document first spelled them, learnt for the sentences after.
    /// </summary>
    public IReadOnlyList<SourceRef> Learn(IReadOnlyList<SourceRef> refs)
    {
        SourceRef[]? renamed = null;
        for (var i = 0; i < refs.Count; i++)
        {
            if (refs[i] is { Kind: SourceKind.Outlet, IsCredit: false } outlet && outlet.Name.StartsWith("The ", StringComparison.Ordinal)
                && outlet.Name.LastIndexOf(' ') is var last and > 4)
                outlets[outlet.Name[(last + 1)..]] = outlet;
            // "Brigadier General Fulgence Ndour …", then "General Ndour was quoted as saying", "President Muizzu said": a title
            // before a lone surname reads it as a person of its own, who is the one the document named in full with a title. Not
            // one it named without ("Anna Petrenko, a teacher, said …", then "General Petrenko said"): a surname alone is no
            // evidence that an untitled voice holds the office.
            if (refs[i] is { IsPerson: true, IsGroup: false, IsPronoun: false } lone && lone.Name.IndexOf(' ') < 0 && IsOtherName(lone.Name)
                && TryGet(lone.Name, out var named) && named.Name != lone.Name && named.RoleNoun is not null)
            {
                (renamed ??= [.. refs])[i] = lone with { Name = named.Name, Kind = named.Kind, Country = lone.Country ?? named.Country };
                continue;
            }
            if (refs[i] is not { IsPerson: true, IsGroup: false, IsPronoun: false } person || person.Name.IndexOf(' ') < 0) continue;
            NoteBearer(person.Name);
            var spelling = SourceGazetteer.Spelling(person.Name);
            if (bySpelling.TryGetValue(spelling, out var first))
            {
                if (first != person.Name) (renamed ??= [.. refs])[i] = person = person with { Name = first };
            }
            else bySpelling[spelling] = person.Name;
            // A titled person is known well enough to be named by surname after; an untitled one only where the text cites them
            // and each word is a name's (a run of capitalised words that a verb cites, "Rising Tensions said", may be no one's name).
            var words = person.Name.Split(' ');
            // A person the gazetteer knows (a country's official) may be named after by a surname spelled with diacritics ("Shoigú").
            if (person.RoleNoun is not null || person.Country is not null) byFoldedSurname[SourceGazetteer.Spelling(words[^1])] = person;
            // A person the text cites without a title ("Tomas Varga, 54, said", "said Anna Berg of the agency") is named by surname
            // after too, when each of the two or three words of the name is a name's ("Varga added"); a titled person keeps the surname.
            // A person the gazetteer knows of a country that names the family first ("Kim Jong Un") is named by that name after.
            if (person.RoleNoun is null && person.Country is { } home && familyNameFirst?.Contains(home) == true && words.Length is 2 or 3 && IsOtherName(words[0]))
                bySurname.TryAdd(words[0], person);
            if (person.RoleNoun is null)
            {
                // "Pieter van der Berg", "Jean-Yves Le Floch": the particles inside a name are no words of it here.
                var core = Array.FindAll(words, w => !IsNameParticle(w));
                if (person.Role is CitationRole.Speaker or CitationRole.Informant && core.Length is 2 or 3 && !IsNameParticle(words[^1])
                    && (Array.TrueForAll(core, IsOtherName) || Unglued(words[^1]) is { } tail && IsOtherName(tail) && Array.TrueForAll(core[..^1], IsOtherName)))
                {
                    bySurname.TryAdd(words[^1], person);
                    if (Unglued(words[^1]) is { } unglued) bySurname.TryAdd(unglued, person);
                    // "Geng Yansheng, spokesperson for the defense ministry, said …", then "according to Geng": a person of no known
                    // country, whose naming custom the kit cannot tell, may be named after by the first of two words as well.
                    if (person.Country is null && words.Length == 2 && IsOtherName(words[0]))
                        byOtherName[words[0]] = !byOtherName.TryGetValue(words[0], out var held) || held?.Name == person.Name ? person : null;
                }
                continue;
            }
            bySurname[words[^1]] = person;
            if (words.Length > 1 && words[^1].Contains('-')) bySurname[words[0]] = person;
            // "Kim Jong Un …", then "Kim told the sappers": where the family name comes first (family_name_first_countries), a
            // person of that country is named by the first word too, unless a titled person of the document holds it already.
            else if (words.Length > 1 && person.Country is { } country && familyNameFirst?.Contains(country) == true) bySurname.TryAdd(words[0], person);
            // "Abdel Fattah al-Burhan", then "Burhan said": the surname without its glued article names the person too.
            if (Unglued(words[^1]) is { } bare) bySurname.TryAdd(bare, person);
            for (var w = 0; w < words.Length - 1; w++)
                if (IsOtherName(words[w]))
                    byOtherName[words[w]] = !byOtherName.TryGetValue(words[w], out var held) || held?.Name == person.Name ? person : null;
        }
        return renamed ?? refs;
    }

    /// <summary>
    /// A titled person a sentence names without citing ("Spokesperson Andrii Demchenko spoke on television"): a later sentence may
    /// cite them by surname ("Demchenko said"). A person the document cited keeps the surname.
    /// </summary>
    public void LearnNamed(SourceRef person)
    {
        var words = person.Name.Split(' ');
        var core = Array.FindAll(words, w => !IsNameParticle(w));
        if (person.RoleNoun is null || core.Length is not (2 or 3) || IsNameParticle(words[^1]) || !Array.TrueForAll(core, IsOtherName)) return;
        Learn(person, words);
    }

    // A person named without being cited: known by the name's spelling and by its surname where no one cited holds that, and
    // the surname's last bearer. Returns the person as mentioned.
    private SourceRef Learn(SourceRef person, string[] words)
    {
        NoteBearer(person.Name);
        bySpelling.TryAdd(SourceGazetteer.Spelling(person.Name), person.Name);
        var named = person with { Role = CitationRole.Mentioned };
        bySurname.TryAdd(words[^1], named);
        return named;
    }

    // The name's last word and its first (a family name that comes first, "Yoon Suk Yeol") now stand for this person last.
    private void NoteBearer(string name)
    {
        var words = name.Split(' ');
        if (words.Length < 2) return;
        lastBearer[words[^1]] = name;
        lastBearer[words[0]] = name;
    }

    /// <summary>
    /// A person no list knows that a sentence names without citing or titling, but describes in an apposition ("Yoon Jae-hwan, a
    /// member of the defence committee, met reporters"): a later sentence may cite them by surname ("Yoon said"), or by the family
    /// name of a name whose given name is hyphenated. A person the document cited or titled keeps the surname.
    /// </summary>
    public void LearnApposed(SourceRef person)
    {
        var words = person.Name.Split(' ');
        if (words.Length is not (2 or 3) || !Array.TrueForAll(words, IsOtherName)) return;
        var named = Learn(person, words);
        if (words[^1].Contains('-')) bySurname.TryAdd(words[0], named);
    }

    /// <summary>The surname without the article a hyphen glues to it ("al-Burhan", "Al-Burhan": "Burhan"), or null.</summary>
    public string? Unglued(ReadOnlySpan<char> surname)
    {
        var hyphen = surname.IndexOf('-');
        if (particles is null || hyphen <= 0 || hyphen + 2 >= surname.Length || !char.IsUpper(surname[hyphen + 1])) return null;
        return IsParticle(surname[..hyphen]) ? surname[(hyphen + 1)..].ToString() : null;
    }

    /// <summary>Whether a word is an article copy glues to a surname ("al", "El").</summary>
    public bool IsParticle(ReadOnlySpan<char> word) => particles is not null && word.Length is > 0 and < 5 && particles.Contains(word.ToString());

    // A particle inside a person's name: a word of up to four lower-case letters ("van", "der", "de", "los", "bin") or a capital
    // and one lower-case letter ("Le", "De", "Al").
    private static bool IsNameParticle(string word) =>
        word.Length is > 0 and <= 4 && word.All(char.IsAsciiLetterLower) || word.Length == 2 && char.IsUpper(word[0]) && char.IsAsciiLetterLower(word[1]);

    // A name of its own: capitalised, then lower-case letters or a hyphen, three letters at least (not an initial "J.", a
    // particle "de", "bin", nor an all-capitals acronym); "O'Brien", "Jean-Yves" and "Sare'e" too.
    private static bool IsOtherName(string word)
    {
        if (word.Length < 3 || !char.IsUpper(word[0])) return false;
        // "O'Brien", "N'Diaye": one capital and an apostrophe before the capitalised rest.
        var k = word.Length > 3 && word[1] is '\'' or '’' && char.IsUpper(word[2]) ? 3 : 1;
        // "Jean-Yves", "Lefebvre-Duval": a capital after a hyphen too.
        // "Sare'e", "Ma'an": an apostrophe between lower-case letters.
        for (; k < word.Length; k++)
            if (!(char.IsLower(word[k]) || word[k] == '-' || char.IsUpper(word[k]) && word[k - 1] == '-'
                || word[k] is '\'' or '’' && char.IsLower(word[k - 1]) && k + 1 < word.Length && char.IsLower(word[k + 1]))) return false;
        return true;
    }
}
