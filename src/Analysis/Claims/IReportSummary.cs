namespace Analysis.Claims;

/// <summary>
/// What a claim computes from all its reports, given by a list of reports that knows it without making
/// each report (the export's claims, rebuilt from packed numbers row by row). Must equal what the
/// reports themselves give.
/// </summary>
internal interface IReportSummary
{
    DateOnly? FirstPublished { get; }
    DateOnly? LastPublished { get; }
    int Documents { get; }

    /// <summary>The claim's relays (<see cref="Claim.Relays"/>) when its origin is <paramref name="origin"/>; null for another origin.</summary>
    IReadOnlyList<string>? Relays(string? origin);
}
