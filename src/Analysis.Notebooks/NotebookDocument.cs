using Microsoft.DotNet.Interactive.Documents;
using Microsoft.DotNet.Interactive.Documents.Jupyter;
using DocumentKernelInfo = Microsoft.DotNet.Interactive.Documents.KernelInfo;

namespace Analysis.Notebooks;

/// <summary>How a .ipynb file is read into cells: shared by the runner and the app writer, so both see the same cells.</summary>
internal static class NotebookDocument
{
    /// <summary>The notebook's cells; C# is the default kernel. A file that is not a notebook throws, naming <paramref name="path"/>.</summary>
    public static InteractiveDocument Parse(string json, string path)
    {
        var kernels = new KernelInfoCollection
        {
            new DocumentKernelInfo("csharp", "C#", ["c#", "C#", "cs"]),
        };
        kernels.DefaultKernelName = "csharp";
        try
        {
            return Notebook.Parse(json, kernels);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new InvalidDataException($"{path}: not a readable .ipynb notebook: {e.Message}", e);
        }
    }

    public static CellKind KindOf(InteractiveDocumentElement element) => element.KernelName switch
    {
        "markdown" => CellKind.Markdown,
        "raw" => CellKind.Raw,
        _ => CellKind.Code,
    };
}
