namespace Analysis.Tests.Corpus;

/// <summary>The temporary folders a test class makes, one call each, all deleted when the class is disposed.</summary>
internal sealed class TempCorpora : IDisposable
{
    private readonly List<TempCorpus> folders = [];

    public TempCorpus New()
    {
        var folder = new TempCorpus();
        folders.Add(folder);
        return folder;
    }

    public void Dispose()
    {
        foreach (var folder in folders) folder.Dispose();
    }
}
