namespace Analysis.Corpus;

/// <summary>What the manifest (seeds/manifest.json) says about one document. Every field is optional.</summary>
public sealed record DocumentMetadata(string? Title = null, DateOnly? Published = null, string? Outlet = null, string? Url = null, string? Author = null)
{
    public static DocumentMetadata None { get; } = new();
}
