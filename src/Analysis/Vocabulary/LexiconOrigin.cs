namespace Analysis.Vocabulary;

/// <summary>Where an entry of a lexicon was written, so that a problem with it names its file and line.</summary>
public sealed record LexiconOrigin(string File, int Line)
{
    public override string ToString() => $"{File}, line {Line}";
}
