using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Analysis.Notebook;
/// <summary>
/// Plugs <see cref="NotebookHtml"/> into the formatter source that the kit's lower layers name on their types
/// (<see cref="Display.HtmlFormatterSource"/>), when the assembly loads: lower layers must not reference this one.
/// </summary>
internal static class DisplayRegistration
{
    // A library's module initializer is discouraged because it runs code on load: this one only stores a delegate.
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255", Justification = "Stores a delegate; the only way a lower layer's type can display through this one.")]
    internal static void Register()
    {
        if (NotebookDisplay) Display.HtmlFormatterSource.Writer = NotebookHtml.TryWrite;
    }

    /// <summary>
    /// On unless the app turns the switch "Analysis.NotebookDisplay" off, as the native `analysis` program does
    /// (Analysis.Cli.csproj): it never shows a notebook, and the compiler then leaves out NotebookHtml and the
    /// charts and frames it reaches (their reflection over Plotly.NET and Deedle cannot be compiled ahead of time).
    /// </summary>
    [FeatureSwitchDefinition("Analysis.NotebookDisplay")]
    private static bool NotebookDisplay => !AppContext.TryGetSwitch("Analysis.NotebookDisplay", out var on) || on;
}
