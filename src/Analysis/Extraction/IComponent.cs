namespace Analysis.Extraction;

/// <summary>
/// One step of an extraction pipeline: it reads the layers it <see cref="Needs"/> (and, when present, those it
/// <see cref="Reads"/>) and writes the layers it <see cref="Writes"/>. The pipeline checks, when it is built, that
/// every layer a component needs or reads is written by a component before it, and that no two write the same.
/// </summary>
public interface IComponent
{
    string Name { get; }

    /// <summary>Layers that must be written before this component runs.</summary>
    IReadOnlyList<string> Needs { get; }

    /// <summary>Layers this component uses when a component before it wrote them (left out of a pipeline, they are not there).</summary>
    IReadOnlyList<string> Reads => [];

    IReadOnlyList<string> Writes { get; }

    void Run(AnnotatedDocument document);
}
