using Analysis.Claims;
using Analysis.Corpus;
using Analysis.Extraction;
using Analysis.Pipeline;
using Analysis.Timeline;
using Plotly.NET.LayoutObjects;
using Plotly.NET;

namespace Analysis.Charts;

public static partial class ChartTheme
{
    // Before Template, which reads it (static initializers run in the order written).
    /// <summary>Colours given to origins in turn (claims, citation network): distinct, readable on white.</summary>
    public static IReadOnlyList<string> OriginColors { get; } =
        ["#2563eb", "#dc2626", "#059669", "#7c3aed", "#d97706", "#0891b2", "#db2777", "#4b5563", "#65a30d", "#9333ea"];

    /// <summary>
    /// The kit's look as a Plotly.NET <see cref="Plotly.NET.Template"/> (as Plotly.NET's own
    /// <c>ChartTemplates</c> are made): font, white paper, grid colours, hover boxes and the colours given
    /// to origins in turn. Charts built with the typed API take it with <see cref="Themed"/>.
    /// </summary>
    public static Template Template { get; } = Template.init<Trace>(TemplateLayout(), null);

    internal static Font TypedFont(int size, string? color = null) =>
        Named.Init<Font>(new { Family = StyleParam.FontFamily.NewCustom(FontFamily), Size = (double)size, Color = Color.fromString(color ?? TextColor) });

    /// <summary>
    /// The template, then the chart's title and the legend at fixed distances from the top of the figure,
    /// a top margin with room for <paramref name="legendRows"/> rows of legend, and the height.
    /// </summary>
    internal static GenericChart Themed(GenericChart chart, string title, int height, int legendRows = 1)
    {
        var top = 70 + 22 * Math.Max(1, legendRows);
        var layout = Named.Init<Layout>(new
        {
            Title = Named.Init<Title>(new
            {
                Text = Encode(title), X = 0.01, XAnchor = StyleParam.XAnchorPosition.Left,
                YRef = "container", Y = 1 - 14.0 / height, YAnchor = StyleParam.YAnchorPosition.Top, Font = TypedFont(20),
            }),
            Height = height,
            AutoSize = true,
            Margin = Named.Init<Margin>(new { Left = 80.0, Right = 30.0, Top = (double)top, Bottom = 60.0 }),
        });
        var legend = Named.Init<Legend>(new
        {
            Orientation = StyleParam.Orientation.Horizontal, X = 0.0, XAnchor = StyleParam.XAnchorPosition.Left, XRef = "container",
            YRef = "container", Y = 1 - 50.0 / height, YAnchor = StyleParam.YAnchorPosition.Top, Font = TypedFont(12),
            ItemClick = StyleParam.TraceItemClickOptions.Toggle, ItemDoubleClick = StyleParam.TraceItemClickOptions.ToggleOthers,
        });
        chart = Chart.withTemplate(Template).Invoke(chart);
        chart = Chart.withLayout(layout).Invoke(chart);
        return Chart.withLegend(legend, null).Invoke(chart);
    }

    /// <summary>An axis with its title (encoded) and the settings named in <paramref name="more"/> (as for <see cref="Named"/>).</summary>
    internal static LinearAxis Axis(string? title, object? more = null)
    {
        var arguments = more is null ? [] : Named.Arguments(more);
        arguments["Title"] = title is null ? null : Named.Init<Title>(new { Text = Encode(title), Standoff = 6 });
        arguments["AutoMargin"] = StyleParam.TickAutoMargin.All;
        return Named.Init<LinearAxis>(arguments);
    }

    private static Layout TemplateLayout()
    {
        var axis = Named.Init<LinearAxis>(new
        {
            GridColor = Color.fromString(GridColor), ZeroLineColor = Color.fromString(GridColor), LineColor = Color.fromString(MutedColor),
            AutoMargin = StyleParam.TickAutoMargin.All,
        });
        var layout = Named.Init<Layout>(new
        {
            Font = TypedFont(13),
            PaperBGColor = Color.fromString("white"),
            PlotBGColor = Color.fromString("white"),
            Colorway = Color.fromColors(OriginColors.Select(Color.fromString)),
            Hoverlabel = Named.Init<Hoverlabel>(new
            {
                BgColor = Color.fromString("white"), BorderColor = Color.fromString(MutedColor), Font = TypedFont(12),
                Align = StyleParam.Align.Left,
            }),
        });
        layout = Layout.setLinearAxis(StyleParam.SubPlotId.NewXAxis(1), axis).Invoke(layout);
        return Layout.setLinearAxis(StyleParam.SubPlotId.NewYAxis(1), axis).Invoke(layout);
    }
}
