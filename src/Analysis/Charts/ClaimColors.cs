using Analysis.Claims;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;

namespace Analysis.Charts;

/// <summary>
/// One colour per origin, the same in the claims chart and the citation network: origins take
/// <see cref="ChartTheme.OriginColors"/> in the order they first made a claim; unattributed figures are grey.
/// </summary>
internal sealed class ClaimColors(ClaimSet claims)
{
    private readonly Dictionary<string, string> byOrigin = claims.Claims.Select(c => c.Origin).OfType<string>().Distinct(StringComparer.Ordinal)
        .Select((o, i) => (o, i)).ToDictionary(x => x.o, x => ChartTheme.OriginColors[x.i % ChartTheme.OriginColors.Count], StringComparer.Ordinal);

    public string Of(string? origin) => origin is not null && byOrigin.TryGetValue(origin, out var color) ? color : ChartTheme.MutedColor;

    /// <summary>The colour with an opacity, as plotly reads it ("rgba(37,99,235,0.35)").</summary>
    public static string Faded(string hex, double opacity) =>
        $"rgba({Convert.ToInt32(hex[1..3], 16)},{Convert.ToInt32(hex[3..5], 16)},{Convert.ToInt32(hex[5..7], 16)},{opacity.ToString(System.Globalization.CultureInfo.InvariantCulture)})";
}
