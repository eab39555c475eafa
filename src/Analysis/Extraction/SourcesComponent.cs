namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Writes the source references of each sentence (<see cref="Layers.SourceRefs"/>): the gazetteer's sources, titled
/// people, groups, countries that speak, unknown names in a citing slot, and pronouns, each with its role.
/// </summary>
internal sealed class SourcesComponent(Lexicon lexicon, SourceGazetteer gazetteer) : IComponent
{
    private readonly SourceFinder finder = new(lexicon, gazetteer);

    public string Name => "sources";
    public IReadOnlyList<string> Needs => [Layers.GazetteerMatches.Name, Layers.Countries.Name];
    public IReadOnlyList<string> Writes => [Layers.SourceRefs.Name];

    public void Run(AnnotatedDocument document)
    {
        var matches = document.Get(Layers.GazetteerMatches);
        var countries = document.Get(Layers.Countries);
        document.Set(Layers.SourceRefs, document.Document.Sentences
            .Select(s => (IReadOnlyList<SourceRef>)finder.Find(document.Document, s, matches[s.Index], countries[s.Index])).ToArray());
    }
}
