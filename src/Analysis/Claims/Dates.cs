using System.Globalization;

namespace Analysis.Claims;

/// <summary>Days as the claims, the report's tables and the charts' hovers write them: yyyy-MM-dd, or "undated".</summary>
internal static class Dates
{
    public static string Of(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";

    /// <summary>When a claim was reported: its one day, or its first and last.</summary>
    public static string Window(Claim claim) =>
        claim.FirstPublished == claim.LastPublished ? Of(claim.FirstPublished) : $"{Of(claim.FirstPublished)} to {Of(claim.LastPublished)}";
}
