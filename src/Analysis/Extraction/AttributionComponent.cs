namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// Resolves the sentences' references across the document (pronouns, groups, informants named elsewhere) and builds
/// each sentence's chain of attribution (<see cref="Layers.Attribution"/>); writes the cited-source mentions
/// (<see cref="Layers.SourceMentions"/>).
/// </summary>
internal sealed class AttributionComponent(Lexicon lexicon) : IComponent
{
    private readonly Attribution.Cues cues = Attribution.Cues.Of(lexicon);

    public string Name => "attribution";
    public IReadOnlyList<string> Needs => [Layers.SourceRefs.Name];
    public IReadOnlyList<string> Writes => [Layers.Attribution.Name, Layers.SourceMentions.Name];

    public void Run(AnnotatedDocument document)
    {
        var attribution = new Attribution(document.Document, document.Get(Layers.SourceRefs), cues);
        document.Set(Layers.Attribution, [attribution]);
        document.Set(Layers.SourceMentions, attribution.Mentions().ToList());
    }
}
