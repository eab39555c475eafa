namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Writes <see cref="Layers.Countries"/>: the countries each sentence names (names, demonyms, capitals, aliases of
/// the lexicon's countries), found once, in one pass of a phrase matcher per sentence; then "the North" and "the South"
/// of a divided country the document names (<see cref="CountrySides"/>).
/// </summary>
public sealed class CountriesComponent(Lexicon lexicon) : IComponent
{
    private readonly Countries countries = Countries.For(lexicon);
    private readonly CountrySides sides = CountrySides.For(lexicon);

    public string Name => "countries";
    public IReadOnlyList<string> Needs => [];
    public IReadOnlyList<string> Writes => [Layers.Countries.Name];

    public void Run(AnnotatedDocument document)
    {
        var text = document.Document.Text;
        var sentences = document.Document.Sentences;
        var mentions = new IReadOnlyList<CountryMention>[sentences.Count];
        for (var i = 0; i < mentions.Length; i++) mentions[i] = countries.Find(text, sentences[i].Start, sentences[i].End);
        sides.Add(text, sentences, mentions);
        document.Set(Layers.Countries, mentions);
    }
}
