namespace Analysis.Evaluation;

/// <summary>
/// The figures of one phrasing shape (a tag of the dev set, e.g. "ellipsis" or "relay"): how many
/// were expected and found, and of the found ones how many had the right kind, status and origin.
/// <see cref="Origins"/> counts the found figures that expect an origin.
/// </summary>
public sealed record TagScore(string Tag, int Expected, int Found, int KindRight, int StatusRight, int Origins, int OriginRight)
{
    /// <summary>Expected figures of the shape that were missed, or found with a wrong kind, status or origin.</summary>
    public int Failures => Expected - Found + (Found - KindRight) + (Found - StatusRight) + (Origins - OriginRight);

    public override string ToString() =>
        $"{Tag,-18} found {Found,3}/{Expected,-3}  kind {KindRight,3}/{Found,-3}  status {StatusRight,3}/{Found,-3}  origin {OriginRight,3}/{Origins,-3}";
}
