namespace Analysis.Display;

/// <summary>
/// Marks a kit type with the class that formats it in a notebook. .NET Interactive looks for an attribute
/// with this exact name in any namespace and calls its source by convention (a public
/// <c>CreateTypeFormatters()</c> returning objects with <c>MimeType</c> and <c>Format(object, TextWriter)</c>),
/// so the library displays well in a notebook without referencing the notebook platform.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = [];
}
