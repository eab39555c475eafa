using System.Net;

namespace Analysis.Notebooks.Tests;

using Analysis.Display;

/// <summary>
/// The display convention the core library relies on: .NET Interactive finds an attribute *named*
/// TypeFormatterSourceAttribute on the value's type, in any namespace, so a library can make its types display
/// as HTML in a notebook without referencing the notebook platform.
/// </summary>
[Collection(NotebookCollection.Name)]
public class ConventionFormatterTests
{
    [Fact]
    public async Task A_type_marked_by_name_displays_with_its_own_html_in_a_notebook()
    {
        using var temp = new TempFolder();
        var path = temp.File("convention.ipynb");
        await File.WriteAllTextAsync(path, NotebookJson.Create(
            NotebookJson.Code($"#r \"{typeof(Widget).Assembly.Location}\""),
            NotebookJson.Code("new Analysis.Notebooks.Tests.Widget(\"a < b\")"),
            NotebookJson.Code("display(new Analysis.Notebooks.Tests.Widget(\"shown\"));"),
            NotebookJson.Code("new[] { new Analysis.Notebooks.Tests.Widget(\"x\"), new Analysis.Notebooks.Tests.Widget(\"y\") }")));

        var run = await NotebookRunner.RunAsync(path);

        Assert.True(run.Succeeded, run.FirstFailure?.ToString());
        Assert.Equal("<div class=\"widget\">a &lt; b</div>", Assert.Single(run.Cells[1].ValuesOf("text/html")));
        Assert.Equal("<div class=\"widget\">shown</div>", Assert.Single(run.Cells[2].ValuesOf("text/html")));
        // Inside a collection each item uses the same formatter.
        Assert.Contains("<div class=\"widget\">y</div>", Assert.Single(run.Cells[3].ValuesOf("text/html")));
    }
}

// The shape the core library copies (internal: nothing outside the assembly sees it).
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct, AllowMultiple = true, Inherited = true)]
internal sealed class TypeFormatterSourceAttribute(Type formatterSourceType) : Attribute
{
    public Type FormatterSourceType { get; } = formatterSourceType;

    public string[] PreferredMimeTypes { get; set; } = [];
}

internal sealed class WidgetFormatterSource
{
    public IEnumerable<object> CreateTypeFormatters()
    {
        yield return new WidgetHtmlFormatter();
    }
}

internal sealed class WidgetHtmlFormatter
{
    public string MimeType => "text/html";

    public bool Format(object instance, TextWriter writer)
    {
        if (instance is not Widget widget) return false;
        writer.Write($"<div class=\"widget\">{WebUtility.HtmlEncode(widget.Name)}</div>");
        return true;
    }
}

[TypeFormatterSource(typeof(WidgetFormatterSource), PreferredMimeTypes = ["text/html"])]
public sealed class Widget(string name)
{
    public string Name { get; } = name;
}
