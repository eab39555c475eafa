namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A document with the named layers the components of a pipeline have written on it (spaCy's <c>Doc</c> with its
/// <c>spans</c>). Each layer is written once, by one component; any later component reads it instead of scanning
/// the text again. Every item keeps its exact place in the document (a <see cref="TextSpan"/> or a
/// <see cref="Provenance"/>).
/// </summary>
public sealed class AnnotatedDocument(Document document)
{
    private readonly Dictionary<string, object> layers = new(StringComparer.Ordinal);

    public Document Document { get; } = document;

    /// <summary>The names of the layers written so far, in the order they were written.</summary>
    public IEnumerable<string> LayerNames => layers.Keys;

    public bool Has(string layer) => layers.ContainsKey(layer);

    /// <summary>The items of <paramref name="layer"/>; an error if no component has written it yet.</summary>
    public IReadOnlyList<T> Get<T>(Layer<T> layer) =>
        TryGet(layer, out var items) ? items
        : throw new InvalidOperationException($"Layer '{layer.Name}' of document '{Document.Id}' has not been written: add the component that writes it before the one that reads it.");

    public bool TryGet<T>(Layer<T> layer, out IReadOnlyList<T> items)
    {
        if (layers.TryGetValue(layer.Name, out var value))
        {
            items = value as IReadOnlyList<T>
                ?? throw new InvalidOperationException($"Layer '{layer.Name}' holds {value.GetType().Name}, not a list of {typeof(T).Name}.");
            return true;
        }
        items = [];
        return false;
    }

    /// <summary>The items of <paramref name="layer"/>, or none when no component wrote it (a step left out).</summary>
    public IReadOnlyList<T> GetOrEmpty<T>(Layer<T> layer) => TryGet(layer, out var items) ? items : [];

    /// <summary>Writes <paramref name="layer"/>; a layer is written once.</summary>
    public void Set<T>(Layer<T> layer, IReadOnlyList<T> items)
    {
        if (!layers.TryAdd(layer.Name, items))
            throw new InvalidOperationException($"Layer '{layer.Name}' of document '{Document.Id}' is already written: each layer has one writer.");
    }

    public override string ToString() => $"{Document.Id}: {string.Join(", ", layers.Keys)}";
}
