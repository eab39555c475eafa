namespace Analysis.Extraction;

using Analysis.Vocabulary;

// "Australia's national commander in East Timor, Lieutenant Colonel Brian Cox, said", "Britain's ambassador in Ukraine, X,": the
// country where an office is held, between its title and the holder named in apposition, is part of the title, not a voice.
internal sealed partial class TitledPeople
{
    // Where " in [the] <country>" right after a title ends, or `at` when no country's name follows the title that way.
    private static int InCountryEnd(string s, int at, List<CountryName> countries)
    {
        if (at + 4 >= s.Length || string.CompareOrdinal(s, at, " in ", 0, 4) != 0) return at;
        var p = at + 4;
        if (string.CompareOrdinal(s, p, "the ", 0, 4) == 0) p += 4;
        foreach (var c in countries)
            if (c.Span.Start == p && c.Country is not null && !c.Possessive && !c.IsDemonym && c.Span.End < s.Length && s[c.Span.End] == ',') return c.Span.End;
        return at;
    }
}
