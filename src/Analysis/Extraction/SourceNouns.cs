namespace Analysis.Extraction;

/// <summary>The nouns that say what a source is: "lawmakers" → "lawmaker", "official" → "officials", an entry's role noun.</summary>
internal static class SourceNouns
{
    public static string Singular(string noun) => noun switch
    {
        "lawmakers" or "legislators" or "legislator" => "lawmaker",
        "officials" => "official",
        "spokesman" or "spokeswoman" or "spokesperson" => "spokesperson",
        "service" => "agency",
        "newspaper" or "broadcaster" => "outlet",
        _ when noun.EndsWith('s') && noun.Length > 3 && noun is not "forces" and not "authorities" and not "sources" and not "media" => noun[..^1],
        _ => noun,
    };

    public static string Plural(string noun) => noun switch
    {
        "spokesman" or "spokeswoman" or "spokesperson" => "spokespersons",
        _ when noun.EndsWith('s') => noun,
        _ => noun + "s",
    };

    // A voice's trade word as voices and bodies are named, in American spelling whichever the copy used ("defence officials":
    // "defense officials", as "Hungarian Defense Ministry").
    public static string AmericanSpelling(string word) => word == "defence" ? "defense" : word;

    // What a gazetteer entry is, as "the agency", "the ministry" name it; null when no noun does.
    public static string? RoleNounOf(GazetteerEntry entry) => entry.Role ?? entry.Kind switch
    {
        SourceKind.Intelligence => "agency",
        SourceKind.Outlet => "outlet",
        SourceKind.StateMedia => "media",
        _ when entry.Name.Contains("Ministry", StringComparison.Ordinal) => "ministry",
        SourceKind.Military => "military",
        _ => null,
    };
}
