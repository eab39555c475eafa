using Plotly.NET;

namespace Analysis.Report;

/// <summary>
/// The plotly.js bundle that ships inside Plotly.NET's assembly, so pages and notebook outputs can
/// embed it and draw with no network.
/// </summary>
public static class PlotlyJs
{
    private static readonly Lazy<string> Bundle = new(Read);

    /// <summary>The minified plotly.js source (about 3.6 MB).</summary>
    public static string Source => Bundle.Value;

    /// <summary>The bundle's version, from its resource name (e.g. "2.28.0").</summary>
    public static string Version => ResourceName()["Plotly.NET.plotly-".Length..^".min.js".Length];

    private static string Read()
    {
        using var stream = typeof(GenericChart).Assembly.GetManifestResourceStream(ResourceName())
            ?? throw new InvalidOperationException("plotly.js is missing from the Plotly.NET assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ResourceName() =>
        typeof(GenericChart).Assembly.GetManifestResourceNames()
            .Single(n => n.StartsWith("Plotly.NET.plotly-", StringComparison.Ordinal) && n.EndsWith(".min.js", StringComparison.Ordinal));
}
