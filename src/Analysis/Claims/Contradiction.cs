using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// Two claims by different origins about the same force and status whose figures cannot both be true
/// (they do not overlap, hedges counted: "at least 8,000" agrees with 10,000), made while both stood.
/// </summary>
public sealed record Contradiction(Claim First, Claim Second)
{
    public override string ToString() =>
        $"{First.Origin} {First.Figure} ({Dates.Of(First.FirstPublished)}) vs {Second.Origin} {Second.Figure} ({Dates.Of(Second.FirstPublished)})";
}
