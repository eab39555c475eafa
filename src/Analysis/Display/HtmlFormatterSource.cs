namespace Analysis.Display;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on the kit's types. The notebook
/// platform creates it with its public constructor and reads its members by name: keep their names and shapes.
/// It sits below every layer that marks a type with it, so it cannot call the notebook layer that draws the HTML:
/// that layer plugs its writer into <see cref="Writer"/> when the assembly loads.
/// </summary>
internal sealed class HtmlFormatterSource
{
    /// <summary>Writes an object as HTML and says whether it could; set by the notebook layer (Analysis.Notebook).</summary>
    internal static Func<object, TextWriter, bool> Writer { get; set; } = (_, _) => false;

    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter();
    }

    internal sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer) => Writer(instance, writer);
    }
}
