namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// "Some 12,000 of Kim Jong Un's troops", "Kim Jong Un's soldiers, about 12,000 strong": a known official's possessive on the
/// troops a figure counts names whose they are, the official's country, as a country's possessive does; and a whole army's
/// size that only a known official's act names ("Vladimir Putin ordered the army to grow to 1.5 million") is his country's.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private string? PersonPossessive(string text, FigureCandidate figure, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        foreach (var (span, entry) in sources ?? [])
        {
            if (entry.Kind != SourceKind.Official || entry.Country is null) continue;
            var at = span.End;
            if (at + 2 >= text.Length || text[at] is not ('\'' or '’') || text[at + 1] != 's') continue;
            at += 2;
            // "Kim Jong Un's 12,000 troops": right before the figure.
            if (at <= figure.Span.Start && text.AsSpan(at, figure.Span.Start - at).IsWhiteSpace()) return entry.Country;
            // "12,000 of Kim Jong Un's troops": "of" between, and a troop noun after the possessive.
            if (span.Start >= figure.Quantity.Span.End && text.AsSpan(figure.Quantity.Span.End, span.Start - figure.Quantity.Span.End).Trim() is "of"
                && nounAfter.NounEnd(text, at, Math.Min(text.Length, at + 40)) >= 0)
                return entry.Country;
            // "Kim Jong Un's soldiers, about 12,000 strong": a troop noun, then the figure set off by a comma.
            if (at < figure.Span.Start && nounAfter.NounEnd(text, at, figure.Span.Start) is var noun and >= 0
                && text.AsSpan(noun, figure.Span.Start - noun).Trim() is [','])
                return entry.Country;
        }
        return null;
    }

    // "Vladimir Putin ordered the army to grow to 1.5 million", "Putin signed a decree raising the armed forces to 2.39 million":
    // a whole army's size with no country named in its sentence is the army of the one known official named before it.
    private static string? OfficialsArmy(FigureCandidate figure, IReadOnlyList<CountryMention> countries,
        IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)>? sources)
    {
        if (figure.Kind != TroopKind.ArmySize || countries.Count > 0) return null;
        string? found = null;
        foreach (var (span, entry) in sources ?? [])
        {
            if (span.End > figure.Span.Start) continue;
            if (entry.Kind != SourceKind.Official || entry.Country is null || (found is not null && found != entry.Country)) return null;
            found = entry.Country;
        }
        return found;
    }
}
