namespace Analysis.Pipeline;

using Analysis.Extraction;

/// <summary>The rules a pipeline's order must keep, checked when an <see cref="Extractor"/> is made.</summary>
public static class PipelineOrder
{
    /// <summary>
    /// Every layer a component needs is written by a component before it; a layer it reads, if any component
    /// writes it, is written before it; no layer has two writers. Throws <see cref="InvalidOperationException"/>
    /// naming the components and the layer otherwise.
    /// </summary>
    public static void Check(IReadOnlyList<IComponent> components)
    {
        var writerOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in components)
            foreach (var layer in c.Writes)
                if (!writerOf.TryAdd(layer, c.Name))
                    throw new InvalidOperationException($"Layer '{layer}' is written by both '{writerOf[layer]}' and '{c.Name}': each layer has one writer.");

        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in components)
        {
            foreach (var layer in c.Needs)
                if (!written.Contains(layer))
                    throw new InvalidOperationException(writerOf.TryGetValue(layer, out var later)
                        ? $"'{c.Name}' needs layer '{layer}', which '{later}' writes after it: put '{later}' first."
                        : $"'{c.Name}' needs layer '{layer}', which no component of the pipeline writes.");
            foreach (var layer in c.Reads)
                if (!written.Contains(layer) && writerOf.TryGetValue(layer, out var later))
                    throw new InvalidOperationException($"'{c.Name}' reads layer '{layer}', which '{later}' writes after it: put '{later}' first.");
            written.UnionWith(c.Writes);
        }
    }
}
