namespace Analysis.Extraction;

// An outlet named by what it is and then by its name ("Russian state media TASS", "Russia's state news agency, Tass").
internal sealed partial class Attribution
{
    // "…, Shoigu said, according to Russian state media TASS", "…, according to Russia's state news agency, Tass.": a country's
    // description of an outlet (a country's word, then lower-case words ending in outlet_description_heads) and the outlet's name
    // right after it, with nothing or a comma between, are one voice, the named outlet, as "the state news agency TASS" is; the
    // description is only named. Not two outlets in a list ("Interfax, TASS and RIA reported"): the first must be a description.
    private void ApposedOutlets()
    {
        var text = document.Text;
        foreach (var list in refs)
            for (var k = 0; k + 1 < list.Count; k++)
            {
                var (description, outlet) = (list[k], list[k + 1]);
                if (!IsMedia(description) || !IsMedia(outlet) || description.IsPronoun || outlet.IsPronoun || description.Name == outlet.Name
                    || description.Role == CitationRole.Mentioned || description.Country is { } country && outlet.Country is { } other && country != other) continue;
                var between = text.AsSpan(description.Span.End, outlet.Span.Start - description.Span.End).Trim();
                if (!between.IsEmpty && !between.SequenceEqual(",") || !char.IsUpper(text[outlet.Span.Start]) || !DescribesAnOutlet(description)) continue;
                list[k + 1] = outlet with { Role = description.Role };
                list[k] = description with { Role = CitationRole.Mentioned };
            }
    }

    // Whether a reference's words are a country's word and then only lower-case words, the last a head of outlet_description_heads
    // ("Russian state media", "Russia's state news agency", "Iranian state television").
    private bool DescribesAnOutlet(SourceRef r)
    {
        var words = document.Text[r.Span.Start..r.Span.End].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !closing.OutletDescriptionHeads.Contains(words[^1])) return false;
        if (closing.Countries.Find(document.Text, r.Span.Start, r.Span.Start + words[0].Length).Count == 0) return false;
        for (var i = 1; i < words.Length; i++)
            if (!char.IsLower(words[i][0])) return false;
        return true;
    }
}
