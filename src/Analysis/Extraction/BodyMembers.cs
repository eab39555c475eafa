namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// A body named after its members ("the UN panel of experts", body_member_nouns) and the bare plural that takes it up later in
/// the story ("the experts called the estimate conservative", "described as conservative by experts"): one voice, the body,
/// not a group of unnamed experts beside it. Only the plural with nothing but "the" before it, after the body was named; read
/// once all of a document's sentences are read.
/// </summary>
internal sealed class BodyMembers(Lexicon lexicon)
{
    private readonly string[] nouns = lexicon.Words("body_member_nouns").ToArray();

    /// <summary>Gives, in place, each bare plural of members after a body named after them that body's name.</summary>
    public void Resolve(string text, IReadOnlyList<SourceRef>[] refs)
    {
        SourceRef?[]? bodies = null;
        for (var i = 0; i < refs.Length; i++)
        {
            SourceRef[]? rewritten = null;
            for (var j = 0; j < refs[i].Count; j++)
            {
                var r = refs[i][j];
                for (var n = 0; n < nouns.Length; n++)
                {
                    if (r is { IsGroup: false, IsPerson: false, IsPronoun: false } && r.Name.Length > nouns[n].Length
                        && r.Name.EndsWith(" " + nouns[n], StringComparison.Ordinal))
                        (bodies ??= new SourceRef?[nouns.Length])[n] ??= r;
                    else if (bodies?[n] is { } body && r is { IsGroup: true, IsPronoun: false, Country: null } && r.Name == nouns[n]
                        && r.Span.Length == nouns[n].Length && text.AsSpan(r.Span.Start, r.Span.Length).Equals(nouns[n], StringComparison.OrdinalIgnoreCase))
                    {
                        rewritten ??= [.. refs[i]];
                        rewritten[j] = r with { Name = body.Name, Kind = body.Kind, Country = body.Country, RoleNoun = body.RoleNoun, IsGroup = false };
                    }
                }
            }
            if (rewritten is not null) refs[i] = rewritten;
        }
    }
}
