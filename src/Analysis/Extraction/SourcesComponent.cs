namespace Analysis.Extraction;

/// <summary>
/// Writes the source references of each sentence (<see cref="Layers.SourceRefs"/>): the gazetteer's sources, titled
/// people, groups, countries that speak, unknown names in a citing slot, and pronouns, each with its role.
/// </summary>
internal sealed class SourcesComponent(SourceGazetteer gazetteer) : IComponent
{
    public string Name => "sources";
    public IReadOnlyList<string> Needs => [Layers.GazetteerMatches.Name];
    public IReadOnlyList<string> Writes => [Layers.SourceRefs.Name];

    public void Run(AnnotatedDocument document)
    {
        var matches = document.Get(Layers.GazetteerMatches);
        document.Set(Layers.SourceRefs, document.Document.Sentences
            .Select(s => (IReadOnlyList<SourceRef>)SourceFinder.Find(document.Document, s, gazetteer, matches[s.Index])).ToArray());
    }
}
