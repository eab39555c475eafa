using System.Text;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Analysis.Notebooks;


/// <summary>
/// Turns a notebook into a .NET file-based app (<c>dotnet run notebooks/apps/NN.cs</c>) that writes the same prose,
/// tables and charts to one offline HTML page, so an analysis keeps running once the notebook platform is gone.
/// </summary>
/// <remarks>
/// The app references the library with <c>#:project</c> (instead of the notebook's <c>#load "setup.csx"</c>), hoists
/// every cell's <c>using</c> lines to the top and its type declarations to the end (a C# file's order), and sends what
/// a notebook would display (a cell's last expression, <c>display(x)</c>) to an <see cref="NotebookPage"/>.
/// </remarks>
public static partial class NotebookApp
{
    /// <summary>The page object the generated statements write to.</summary>
    public const string PageVariable = "page";

    /// <summary>Writes the app for <paramref name="notebookPath"/> into <paramref name="folder"/> and returns its path.</summary>
    public static string Write(string notebookPath, string folder)
    {
        Directory.CreateDirectory(folder);
        var app = Path.Combine(Path.GetFullPath(folder), Path.GetFileNameWithoutExtension(notebookPath) + ".cs");
        File.WriteAllText(app, Source(notebookPath, app));
        return app;
    }

    /// <summary>
    /// The app's source text for the notebook at <paramref name="notebookPath"/>, to be saved at <paramref name="appPath"/>.
    /// <paramref name="libraryProject"/> defaults to src/Analysis/Analysis.csproj in the first folder above the notebook that has it.
    /// </summary>
    public static string Source(string notebookPath, string appPath, string? libraryProject = null)
    {
        libraryProject ??= LibraryProject(notebookPath);
        var repository = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(libraryProject)!, "..", ".."));
        var notebook = NotebookDocument.Parse(File.ReadAllText(notebookPath), notebookPath);
        var name = Path.GetFileNameWithoutExtension(notebookPath);
        var appFolder = Path.GetDirectoryName(Path.GetFullPath(appPath))!;
        var project = Path.GetRelativePath(appFolder, libraryProject).Replace('\\', '/');

        // The page the app writes to, and what the notebook's cells get from the global usings of the scripts they #load
        // (setup.csx brings in every namespace of the kit).
        var usings = new List<string> { "using Analysis.Notebook;" };
        usings.AddRange(LoadedGlobalUsings(notebook.Elements.Select(e => e.Contents), notebookPath));
        var packages = new List<string>();
        var body = new StringBuilder();
        var types = new StringBuilder();
        var title = name;
        var cellNumber = 0;
        foreach (var cell in notebook.Elements)
        {
            cellNumber++;
            var text = cell.Contents ?? "";
            var kind = NotebookDocument.KindOf(cell);
            if (kind == CellKind.Markdown)
            {
                if (title == name && FirstHeading(text) is { } heading) title = heading;
                body.Append($"{PageVariable}.Markdown({RawString(text)});\n\n");
            }
            else if (kind == CellKind.Code && !string.IsNullOrWhiteSpace(text))
            {
                var code = Translate(text, packages);
                var cellTree = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest, kind: SourceCodeKind.Script));
                var root = (CompilationUnitSyntax)cellTree.GetRoot();
                usings.AddRange(root.Usings.Select(u => u.ToString().Trim()));
                var members = root.Members;
                if (members.Count > 0) body.Append($"// Cell {cellNumber}\n");
                for (var i = 0; i < members.Count; i++)
                {
                    var member = members[i];
                    // Types must follow a file's top-level statements. Everything else stays in order: a script's
                    // `var x = …;` parses as a field and its methods as members, but both read the same as
                    // top-level statements and local functions.
                    if (member is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax or BaseNamespaceDeclarationSyntax)
                    {
                        types.Append(member.ToFullString().Trim()).Append("\n\n");
                        continue;
                    }
                    // A script's last expression without a semicolon is what the notebook displays.
                    var shown = i == members.Count - 1 && member is GlobalStatementSyntax { Statement: ExpressionStatementSyntax { SemicolonToken.IsMissing: true } last }
                        ? $"{PageVariable}.Show({last.Expression.ToFullString().Trim()});"
                        : member.ToFullString().Trim();
                    body.Append(shown).Append('\n');
                }
                if (members.Count > 0) body.Append('\n');
            }
        }

        var notebookShown = Path.GetRelativePath(repository, notebookPath).Replace('\\', '/');
        var appShown = Path.GetRelativePath(repository, appPath).Replace('\\', '/');
        var output = $"out/apps/{name}.html";
        var header = new StringBuilder()
            .Append($"// Generated by `analysis notebooks --to app` from {notebookShown}: edit the notebook and generate again.\n")
            .Append($"// Run from the repository: dotnet run {appShown}   (writes {output})\n")
            .Append($"#:project {project}\n");
        foreach (var package in packages.Distinct()) header.Append(package).Append('\n');
        foreach (var line in usings.Distinct()) header.Append(line).Append('\n');
        header.Append($"\nvar {PageVariable} = new NotebookPage({Literal(title)});\n");
        // What cells print goes on the page too, where the notebook would show it: under the cell.
        header.Append($"{PageVariable}.CaptureConsole();\n\n");

        return header
            .Append(body)
            .Append($"Console.WriteLine($\"Wrote {{{PageVariable}.Write({Literal(output)})}}\");\n")
            .Append(types.Length > 0 ? "\n" + types.ToString().TrimEnd() + "\n" : "")
            .ToString();
    }

    // `global using X;` of each script a code cell #loads, as `using X;` lines for the app.
    private static IEnumerable<string> LoadedGlobalUsings(IEnumerable<string?> cells, string notebookPath)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(notebookPath))!;
        foreach (var cell in cells)
            foreach (Match load in LoadDirective().Matches(cell ?? ""))
            {
                var script = Path.Combine(folder, load.Groups["path"].Value);
                if (!File.Exists(script)) continue;
                foreach (Match global in GlobalUsing().Matches(File.ReadAllText(script)))
                    yield return $"using {global.Groups["ns"].Value};";
            }
    }

    [GeneratedRegex(@"^#load\s+""(?<path>[^""]+)""", RegexOptions.Multiline)]
    private static partial Regex LoadDirective();

    [GeneratedRegex(@"^global\s+using\s+(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex GlobalUsing();

    // Notebook directives become file-based app directives or go: setup.csx's references are the #:project line.
    private static string Translate(string code, List<string> packages)
    {
        var lines = new List<string>();
        foreach (var line in code.Split('\n'))
        {
            var trimmed = line.Trim();
            if (NugetReference().Match(trimmed) is { Success: true } nuget)
            {
                var version = nuget.Groups["version"].Value.Trim();
                packages.Add($"#:package {nuget.Groups["name"].Value.Trim()}{(version.Length > 0 ? "@" + version : "")}");
                continue;
            }
            if (trimmed.StartsWith("#load", StringComparison.Ordinal) || trimmed.StartsWith("#r ", StringComparison.Ordinal) || trimmed.StartsWith("#!", StringComparison.Ordinal))
                continue;
            lines.Add(line.TrimEnd('\r'));
        }
        var text = string.Join('\n', lines);
        // display(x) shows a value in a notebook: in the app it goes on the page.
        return DisplayCall().Replace(text, $"{PageVariable}.Show(");
    }

    private static string? FirstHeading(string markdown) =>
        markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("# ", StringComparison.Ordinal))?[2..].Trim();

    // The library project the app references: src/Analysis/Analysis.csproj in the first folder above the notebook that has it.
    private static string LibraryProject(string notebookPath)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(notebookPath))!); dir is not null; dir = dir.Parent)
        {
            var project = Path.Combine(dir.FullName, "src", "Analysis", "Analysis.csproj");
            if (File.Exists(project)) return project;
        }
        throw new FileNotFoundException($"{notebookPath}: no src/Analysis/Analysis.csproj in its folder or above: the app could not reference the library.");
    }

    private static string Literal(string text) => SymbolDisplay.FormatLiteral(text, quote: true);

    // A raw string literal whose delimiter is longer than any run of quotes inside the text.
    private static string RawString(string text)
    {
        var longest = QuoteRun().Matches(text).Select(m => m.Length).DefaultIfEmpty(0).Max();
        var quotes = new string('"', Math.Max(3, longest + 1));
        return $"{quotes}\n{text.TrimEnd()}\n{quotes}";
    }

    [GeneratedRegex("\"+")]
    private static partial Regex QuoteRun();

    [GeneratedRegex(@"(?<![\w.])display\(")]
    private static partial Regex DisplayCall();

    [GeneratedRegex(@"^#r\s+""nuget:\s*(?<name>[^,""]+)(,(?<version>[^""]*))?""")]
    private static partial Regex NugetReference();
}
