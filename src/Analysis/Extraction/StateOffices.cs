namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// The offices of a state that a description may name bare (state_offices): "the government said", "the presidency said",
/// "the Prime Minister's Office said", as copy names its country's government once it has named the country; named as a
/// country's group names them ("Rwandan government", "Nigerian presidency").
/// </summary>
internal sealed class StateOffices
{
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> anyCase;

    public StateOffices(Lexicon lexicon)
    {
        // The last spelling of each wins: "prime minister's office" → "Prime Minister's Office".
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var office in lexicon.Words("state_offices")) names[office] = office;
        anyCase = names.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The office's name for its words in any case ("government", "Presidency" → "presidency").</summary>
    public bool TryGet(ReadOnlySpan<char> words, out string name) => anyCase.TryGetValue(words, out name!);
}
