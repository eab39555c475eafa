namespace Analysis.Pipeline;

using Analysis.Extraction;


/// <summary>
/// Counts, per canonical source, the documents that cite it, its mentions, and the facts whose
/// attribution chain includes it (as origin or on the way). Fed one document at a time, so the
/// sources table can follow a stream of documents.
/// </summary>
internal sealed class SourceTally
{
    private sealed class Counts
    {
        public SourceKind Kind;
        public string? Country;
        // Documents come one at a time (Add) and a document id names one document (the loader and the
        // stream make ids unique), so counting ids as they change counts the distinct documents, without
        // holding a set of ids per source (on a corpus of a million documents, tens of megabytes).
        public int Documents;
        public string? LastDocument;
        public int Mentions;
        public int Facts;

        public void Count(string document)
        {
            if (string.Equals(LastDocument, document, StringComparison.Ordinal)) return;
            Documents++;
            LastDocument = document;
        }
    }

    private readonly Dictionary<string, Counts> bySource = new(StringComparer.Ordinal);

    public void Add(DocumentFindings findings)
    {
        foreach (var m in findings.SourceMentions)
        {
            var c = Get(m.Source, m.Kind, m.Country);
            c.Mentions++;
            c.Count(findings.Document.Id);
        }
        foreach (var count in findings.TroopCounts)
        {
            // Each source of the chain once (origin first, then the relays in order), without a query per fact.
            if (count.AttributedTo is { } origin) Attribute(origin, findings.Document.Id);
            var via = count.Via;
            for (var i = 0; i < via.Count; i++)
                if (via[i] is { } relay && relay != count.AttributedTo && !Earlier(via, i)) Attribute(relay, findings.Document.Id);
        }
    }

    private void Attribute(string source, string document)
    {
        var c = Get(source, SourceKind.Other, null);
        c.Facts++;
        c.Count(document);
    }

    // Whether via[i] is already in via[..i].
    private static bool Earlier(IReadOnlyList<string> via, int i)
    {
        for (var j = 0; j < i; j++)
            if (via[j] == via[i]) return true;
        return false;
    }

    public IReadOnlyList<CitedSource> Sources() => bySource
        .Select(kv => new CitedSource(kv.Key, kv.Value.Kind, kv.Value.Country, kv.Value.Documents, kv.Value.Mentions, kv.Value.Facts))
        .OrderByDescending(s => s.Mentions + s.AttributedFacts).ThenBy(s => s.Source, StringComparer.Ordinal)
        .ToArray();

    private Counts Get(string source, SourceKind kind, string? country)
    {
        if (!bySource.TryGetValue(source, out var c))
            bySource[source] = c = new Counts { Kind = kind, Country = country };
        else if (c.Kind == SourceKind.Other && kind != SourceKind.Other && c.Mentions == 0)
            (c.Kind, c.Country) = (kind, country);
        c.Country ??= country;
        return c;
    }
}
