namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The armed services a group or a description may name (armed_services): "army" → "Army", "military" → "military",
/// as a country's source names them ("Indian Army officials", "the Israeli military").
/// </summary>
internal sealed class ArmedServices
{
    private readonly Dictionary<string, string> byLowerCase = new(StringComparer.Ordinal);

    public ArmedServices(Lexicon lexicon)
    {
        foreach (var service in lexicon.Words("armed_services")) byLowerCase[service.ToLowerInvariant()] = service;
    }

    /// <summary>The service's name for its lower-case words ("air force" → "Air Force").</summary>
    public bool TryGet(string lowerCase, out string name) => byLowerCase.TryGetValue(lowerCase, out name!);
}
