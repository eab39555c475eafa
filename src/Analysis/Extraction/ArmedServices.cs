namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The armed services a group or a description may name (armed_services): "army" → "Army", "military" → "military",
/// as a country's source names them ("Indian Army officials", "the Israeli military").
/// </summary>
internal sealed class ArmedServices
{
    private readonly Dictionary<string, string> byLowerCase = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> anyCase;

    public ArmedServices(Lexicon lexicon)
    {
        foreach (var service in lexicon.Words("armed_services")) byLowerCase[service.ToLowerInvariant()] = service;
        // A service's command named for it ("the Army Command said": the army) and a general staff named with the force it
        // heads ("the general staff of the armed forces": the General Staff): the service that speaks (armed_service_bodies).
        foreach (var (words, service) in lexicon.Pairs("armed_service_bodies", '|')) byLowerCase[words.ToLowerInvariant()] = service;
        anyCase = new Dictionary<string, string>(byLowerCase, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The service's name for its words in any case ("Air Force", "air force"), read from the text without a copy.</summary>
    public bool TryGet(ReadOnlySpan<char> words, out string name) => anyCase.TryGetValue(words, out name!);

    /// <summary>The service's name for its lower-case words ("air force" → "Air Force").</summary>
    public bool TryGet(string lowerCase, out string name) => byLowerCase.TryGetValue(lowerCase, out name!);
}
