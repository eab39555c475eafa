namespace Analysis.Extraction;

/// <summary>What kind of voice a source is.</summary>
public enum SourceKind { Outlet, Intelligence, Official, Government, Military, StateMedia, Intercept, Other }

/// <summary>One mention of a cited source in the text, resolved to its canonical name.</summary>
public sealed record SourceMention(string Surface, string Source, SourceKind Kind, string? Country, Provenance Provenance);

/// <summary>A canonical source with how often the corpus cites it.</summary>
public sealed record CitedSource(string Source, SourceKind Kind, string? Country, int Documents, int Mentions, int AttributedFacts);
