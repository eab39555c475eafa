namespace Analysis;

/// <summary>
/// The formatter source named by <see cref="TypeFormatterSourceAttribute"/> on the kit's types. The notebook
/// platform creates it with its public constructor and reads its members by name: keep their names and shapes.
/// </summary>
internal sealed class HtmlFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new HtmlFormatter();
    }

    internal sealed class HtmlFormatter
    {
        public string MimeType => "text/html";

        public bool Format(object instance, TextWriter writer) => NotebookHtml.TryWrite(instance, writer);
    }
}
