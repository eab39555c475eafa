namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The country of a story's dateline: "NEW DELHI, Sept 16 (PTI) -" (India), "JERUSALEM (Reuters) -" (Israel),
/// "RAMSTEIN AIR BASE, Germany -" (Germany), "Mainz (dpa/lrs) -" (none: a German state's capital names no country). The
/// place is the words in capitals before a comma, a bracket or a dash (or title-case words before a credit in brackets);
/// its country is a country's name or capital (countries.json), a place of dateline_places (sources.json: "Srinagar|India"),
/// or a country named after the comma. Read once per document, on its first sentences; a wire story's voices named
/// without a country ("government sources said", "the Army said") are its dateline country's.
/// </summary>
internal sealed class DatelinePlaces
{
    private readonly Countries countries;
    private readonly Dictionary<string, string> places = new(StringComparer.OrdinalIgnoreCase);

    public DatelinePlaces(Lexicon lexicon, Countries countries)
    {
        this.countries = countries;
        foreach (var (place, country) in lexicon.Pairs("dateline_places", '|')) places[place.Trim()] = country.Trim();
        // "N'DJAMENA", "PORT-AU-PRINCE", "DAR ES SALAAM": a capital whose inner capitals or small words title case cannot restore
        // (N'Djamena, Port-au-Prince, Dar es Salaam) is still its country's, read in any case.
        foreach (var country in lexicon.Countries)
            foreach (var alias in country.Aliases.Prepend(country.Name))
                places.TryAdd(alias.Replace('’', '\''), country.Name);
    }

    /// <summary>The country of the dateline sentence text s opens with, or null when it opens with none.</summary>
    public string? Country(string s)
    {
        // The place: words in capitals ("NEW DELHI", "U.S.", "RAMSTEIN AIR BASE"), then a comma, a bracket or a dash.
        var (end, capitals) = (0, 0);
        for (var w = 0; w < s.Length && w < 60 && char.IsUpper(s[w]);)
        {
            var e = w;
            while (e < s.Length && (char.IsUpper(s[e]) || s[e] is '.' or '-' or '\'' or '’')) e++;
            if (e < s.Length && char.IsLetter(s[e])) break;
            capitals += e - w;
            end = e;
            if (e >= s.Length || s[e] != ' ') break;
            w = e + 1;
        }
        var next = end < s.Length ? SourceText.SkipWhiteSpace(s, end) : s.Length;
        // "ISLAMABAD: The military said …": South Asian papers end the place with a colon.
        if (capitals >= 3 && next < s.Length && s[next] is ',' or '(' or '—' or '–' or '-' or ':')
        {
            if (Of(TitleCase(s.AsSpan(0, end).TrimEnd(".-"))) is { } country) return country;
            // "RAMSTEIN AIR BASE, Germany -": a country named after the comma.
            if (s[next] == ',' && s.IndexOfAny(['(', '—', '–', '-'], next) is var stop && stop > next && stop - next < 40
                && countries.Find(s, next + 1, stop) is { Count: > 0 } named) return named[0].Country.Name;
            return null;
        }
        // "Mainz (dpa/lrs) -": title-case words before a credit in brackets.
        if (Datelines.Outlet(s) is not { } credit || s.IndexOf('(') is not (> 0 and var open) || open > credit.Start) return null;
        var place = s.AsSpan(0, open).Trim();
        if (place.IndexOf(',') is >= 0 and var comma) place = place[..comma];
        return Of(place.ToString());
    }

    /// <summary>The city of the dateline sentence text s opens with, in title case ("TEGUCIGALPA, Honduras (AP) -": "Tegucigalpa"),
    /// where it is a capital or a place of dateline_places and not its country's own name; else null.</summary>
    public string? City(string s)
    {
        if (Country(s) is not { } country) return null;
        var end = 0;
        while (end < s.Length && end < 60 && (char.IsUpper(s[end]) || s[end] is '.' or '-' or '\'' or '’' or ' ')) end++;
        var place = TitleCase(s.AsSpan(0, end).TrimEnd(" .-"));
        if (place.Length < 3 || Of(place) != country || countries.Find(place, 0, place.Length) is { Count: > 0 } named && named[0].Country.Name == country
            && string.Equals(named[0].Country.Name, place, StringComparison.OrdinalIgnoreCase)) return null;
        return place;
    }

    /// <summary>Whether a credit's brackets hold a place, not an outlet: "December 8, 2019 (KHARTOUM) -", as Sudan Tribune heads its
    /// stories, names the city a dateline names first elsewhere (a country's name or capital, or a place of dateline_places).</summary>
    public bool IsPlace(ReadOnlySpan<char> name) => name.Length > 2 && Of(TitleCase(name)) is not null;

    private string? Of(string place) =>
        places.TryGetValue(place.Replace('’', '\''), out var country) ? country
        : countries.Find(place, 0, place.Length) is { Count: > 0 } named && named[0].Span.Start == 0 && named[0].Span.End == place.Length ? named[0].Country.Name
        : null;

    // "NEW DELHI": "New Delhi".
    private static string TitleCase(ReadOnlySpan<char> place)
    {
        Span<char> buffer = stackalloc char[place.Length];
        for (var k = 0; k < place.Length; k++)
            buffer[k] = k == 0 || place[k - 1] is ' ' or '-' or '.' ? place[k] : char.ToLowerInvariant(place[k]);
        return new string(buffer);
    }
}
