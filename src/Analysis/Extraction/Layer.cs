namespace Analysis.Extraction;

/// <summary>
/// A named layer of an <see cref="AnnotatedDocument"/>: a list of <typeparamref name="T"/> written once, by one
/// component, and read by any component after it. The name is what components declare in their
/// <see cref="IComponent.Needs"/> and <see cref="IComponent.Writes"/>.
/// </summary>
public sealed record Layer<T>(string Name)
{
    public override string ToString() => Name;
}
