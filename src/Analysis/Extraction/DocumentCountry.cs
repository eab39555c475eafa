namespace Analysis.Extraction;

/// <summary>
/// Whose a body is that a sentence names without a country, when the sentence names none either: the country of the
/// state voice the document cited last ("South Korea's Joint Chiefs of Staff said … The defence ministry said": South
/// Korea's); for a ministry named by its proper name alone, else the one country the document has named as an owner so
/// far ("British reservists are being called up … The Ministry of Defence said": Britain's, as articles give a foreign
/// ministry its country). Not the owner for a description ("the defence ministry", "a defence ministry spokesman"): in
/// "North Korean troops are fighting in Kursk. The defence ministry said …" the troops' owner is not the speaker. Filled
/// sentence by sentence, in order; one per document.
/// </summary>
internal sealed class DocumentCountry
{
    private string? cited, owner;
    private bool severalOwners;
    // Whether the owner is the country that opened a sentence by its name (the actor), and whether the document has named any
    // other country, in any way, so far.
    private bool ownerOpened, otherCountry;

    /// <summary>The one country of a one-country story: the country that opened a sentence by its name as its actor ("Poland
    /// sends more soldiers to its eastern border"), where the document has named no other country in any way. Whose a bare
    /// office is that nothing else gives a country ("the foreign minister said", "the army said"), as the header names "the
    /// Foreign Ministry" in a Colombian story; not a demonym's country ("North Korean troops are fighting. The defence ministry
    /// said": the troops' owner is not the speaker), nor where a second country is named ("to Russia", "in Haiti").</summary>
    public string? Actor => ownerOpened && !severalOwners && !otherCountry ? owner : null;

    /// <summary>The country of the state voice the document cited last, or null.</summary>
    public string? Cited => cited;

    /// <summary>The country of the place in the document's dateline ("NEW DELHI, Sept 16 (PTI) -": India), or null.</summary>
    public string? Dateline { get; private set; }

    /// <summary>The cited country, else the dateline's, else the one country the document has named as an owner; null where it named several.</summary>
    public string? CitedOrOwner => cited ?? Dateline ?? (severalOwners ? null : owner);

    private string? place;
    private bool severalPlaces;

    /// <summary>The one country the document has named as the place where its soldiers fight or die ("Twelve soldiers killed in
    /// Mali attack"), where it has named no other country as an owner; null otherwise: whose a bare "the army said" is in a
    /// sentence that names no country.</summary>
    public string? Place => severalPlaces || place is null || owner is not null && (owner != place || severalOwners) ? null : place;

    /// <summary>Learns a country a sentence names as the place where soldiers fight or die.</summary>
    public void LearnPlace(string country)
    {
        if (place is null) place = country;
        else if (place != country) severalPlaces = true;
    }

    /// <summary>The country whose armed service the document named last ("the Lebanese army commander"), or null: whose "the
    /// army said" is after it.</summary>
    public string? Service { get; private set; }

    /// <summary>Learns the country a sentence names as its service's owner (see <see cref="SourceFinder.ServiceOwner"/>).</summary>
    public void LearnService(string? country) => Service = country ?? Service;

    /// <summary>The city of the document's dateline in title case ("TEGUCIGALPA, Honduras (AP) -": Tegucigalpa), or null.</summary>
    public string? DatelineCity { get; private set; }

    /// <summary>Learns the dateline's country, and its city where it has one, from a sentence at the head of the document (see <see cref="DatelinePlaces"/>).</summary>
    public void LearnDateline(string? country, string? city = null)
    {
        if (Dateline is not null || country is null) return;
        (Dateline, DatelineCity) = (country, city);
    }

    /// <summary>Learns from a sentence: the sources it found and the countries it names.
    /// "Japan on Monday dispatched two warships carrying some 650 troops": a country by its name that opens a body sentence
    /// (<paramref name="text"/> from <paramref name="sentenceStart"/>, after an article at most) is an owner too, the actor
    /// of the sentence, where the document has named none before.</summary>
    public void Learn(IReadOnlyList<SourceRef> refs, IReadOnlyList<CountryMention> countries, string? text = null, int sentenceStart = 0)
    {
        for (var i = 0; i < refs.Count; i++)
            if (refs[i] is { IsCited: true, IsPronoun: false, Country: { } country } r && IsStateVoice(r.Kind)) cited = country;
        for (var i = 0; i < countries.Count; i++)
        {
            var c = countries[i];
            if (owner is not null && c.Country.Name != owner) otherCountry = true;
            if (c.IsDemonym || c.Possessive)
            {
                if (owner is null) owner = c.Country.Name;
                else if (owner != c.Country.Name) severalOwners = true;
            }
            // An opening actor names the owner only where none is known yet: it never makes a document's owners several.
            else if (i == 0 && owner is null && text is not null && Opens(text, sentenceStart, c.Span.Start)) (owner, ownerOpened) = (c.Country.Name, true);
            else if (owner is null) otherCountry = true;
        }
    }

    // Whether only white space and "The" stand between the sentence's start and `at`.
    private static bool Opens(string text, int start, int at)
    {
        if (at < start) return false;
        var before = text.AsSpan(start, at - start).Trim();
        return before.IsEmpty || before is "The";
    }

    private static bool IsStateVoice(SourceKind kind) => kind is SourceKind.Government or SourceKind.Military or SourceKind.Intelligence or SourceKind.Official;
}
