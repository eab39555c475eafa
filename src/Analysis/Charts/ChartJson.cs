using Newtonsoft.Json;
using Plotly.NET;

namespace Analysis.Charts;

/// <summary>
/// A chart's figure as JSON: the same text as Plotly.NET's <c>GenericChart.toJson</c>, made in a small
/// fraction of its time. Its serializer checks each object it enters for a reference loop by comparing
/// it with every object it is inside of, and a Plotly.NET object compares by a deep hash of all its
/// properties, so a chart of a few hundred points spent hundreds of milliseconds there. Objects are
/// compared by reference here; as there, a loop would still be written (ReferenceLoopHandling.Serialize),
/// so the comparison never changes the text.
/// </summary>
public static class ChartJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        ReferenceLoopHandling = ReferenceLoopHandling.Serialize,
        EqualityComparer = ReferenceEqualityComparer.Instance,
    };

    /// <summary>The chart (data, layout, config) as JSON, as <c>GenericChart.toJson</c> writes it.</summary>
    public static string Of(GenericChart chart) => JsonConvert.SerializeObject(GenericChart.toChartDTO(chart), Settings);
}
