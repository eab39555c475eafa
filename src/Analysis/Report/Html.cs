using System.Net;
using System.Text;
using Plotly.NET;

namespace Analysis.Report;

using Analysis.Charts;

/// <summary>Small HTML pieces shared by the report and the notebook formatters. All document text is encoded here.</summary>
public static class Html
{
    public static string Encode(string? text) => WebUtility.HtmlEncode(text ?? "");

    /// <summary>
    /// JSON made safe to sit inside a &lt;script&gt; element: '&lt;', '&gt;' and '&amp;' only occur inside JSON
    /// strings, where their \u escapes mean the same, so no "&lt;/script&gt;" in a quote can end the script.
    /// </summary>
    public static string ScriptSafeJson(string json) =>
        json.Replace("<", "\\u003c").Replace(">", "\\u003e").Replace("&", "\\u0026");

    /// <summary>A div and the script that draws the chart into it; plotly.js must already be on the page.</summary>
    public static string ChartDiv(GenericChart chart, string id)
    {
        var figure = ScriptSafeJson(ChartJson.Of(chart));
        var builder = new StringBuilder();
        builder.Append($"<div class=\"chart\" id=\"{Encode(id)}\"></div>\n");
        builder.Append("<script>(function(){var f=").Append(figure)
               .Append($";Plotly.newPlot(\"{Encode(id)}\",f.data,f.layout,").Append(ChartConfig(id)).Append(");})();</script>\n");
        return builder.ToString();
    }

    // Charts fill their column; the camera button saves a sharp PNG named after the chart; the selection
    // tools, which do nothing for these charts, are left out.
    internal static string ChartConfig(string id) =>
        "{responsive:true,displaylogo:false,modeBarButtonsToRemove:[\"select2d\",\"lasso2d\",\"autoScale2d\"]," +
        $"toImageButtonOptions:{{format:\"png\",scale:2,filename:\"{Encode(id)}\"}}}}";

    /// <summary>A table with a header row; cells are encoded text.</summary>
    public static string Table(IEnumerable<string> headers, IEnumerable<IEnumerable<string?>> rows, string? cssClass = null)
    {
        var builder = new StringBuilder();
        builder.Append(cssClass is null ? "<table>" : $"<table class=\"{Encode(cssClass)}\">");
        builder.Append("<thead><tr>");
        foreach (var h in headers) builder.Append("<th>").Append(Encode(h)).Append("</th>");
        builder.Append("</tr></thead><tbody>");
        foreach (var row in rows)
        {
            builder.Append("<tr>");
            foreach (var cell in row) builder.Append("<td>").Append(Encode(cell)).Append("</td>");
            builder.Append("</tr>");
        }
        return builder.Append("</tbody></table>\n").ToString();
    }
}
