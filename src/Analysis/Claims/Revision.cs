using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Claims;

/// <summary>
/// An origin's later claim about the same force with another figure: <see cref="From"/> was its claim
/// until <see cref="To"/> (in the seed, the intelligence service's 3,000 then 10,000).
/// </summary>
public sealed record Revision(Claim From, Claim To)
{
    public string Origin => To.Origin!;

    public override string ToString() =>
        $"{Origin}: {From.Figure} ({Dates.Of(From.FirstPublished)}) → {To.Figure} ({Dates.Of(To.FirstPublished)})";
}
