namespace Analysis.Extraction;

/// <summary>One source the gazetteer knows: its canonical name, kind, country and other names, and a person's office where the
/// lexicon gives one.</summary>
public sealed record GazetteerEntry(string Name, SourceKind Kind, string? Country, IReadOnlyList<string> Aliases, string? Role = null)
{
    /// <summary>The canonical name and every alias: the surfaces that resolve to this entry.</summary>
    public IEnumerable<string> Surfaces => Aliases.Prepend(Name);

    /// <summary>
    /// Outlets, intelligence services, state media and intercepts are voices wherever they are
    /// named; people, governments and militaries are often only actors, so they count as sources
    /// only where the text cites them.
    /// </summary>
    public bool IsAlwaysCited => Kind is SourceKind.Outlet or SourceKind.Intelligence or SourceKind.StateMedia or SourceKind.Intercept;

    public override string ToString() => $"{Name} ({EnumNames.ToSnake(Kind)}{(Country is null ? "" : ", " + Country)})";
}
