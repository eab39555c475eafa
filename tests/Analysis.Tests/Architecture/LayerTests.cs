using System.Reflection;
using System.Text.RegularExpressions;
using NetArchTest.Rules;

namespace Analysis.Tests.Architecture;

/// <summary>
/// The kit's namespaces, one per folder, and the one way data flows through them: a namespace may use the ones
/// before it in <see cref="Layers"/>, never one after it.
/// </summary>
public class LayerTests
{
    /// <summary>Bottom to top. The README's "data flows one way" section draws the same order.</summary>
    public static readonly string[] Layers =
    [
        "Analysis.Display",     // the formatter hook the kit's types name; filled by Analysis.Notebook
        "Analysis.Corpus",
        "Analysis.Vocabulary",  // the lexicon (word lists, patterns, countries, sources, events) and the phrase matcher
        "Analysis.Output",      // all-or-nothing outputs and the record of a run (run.json)
        "Analysis.Import",      // saved pages, feeds and addresses into a corpus folder: uses Corpus (and Output to write)
        "Analysis.Extraction",
        "Analysis.Timeline",
        "Analysis.Pipeline",
        "Analysis.Claims",      // claims, revisions, contradictions, citations: made of the pipeline's findings
        "Analysis.Export",
        "Analysis.Frames",
        "Analysis.Evaluation",
        "Analysis.Generation",
        "Analysis.Charts",
        "Analysis.Report",
        "Analysis.Images",
        "Analysis.Notebook",
    ];

    // The root namespace holds the front door (Kit), above every layer.
    private const string FrontDoor = "Analysis.Kit";

    public static TheoryData<string> LayerNames => new(Layers);

    [Theory]
    [MemberData(nameof(LayerNames))]
    public void A_layer_uses_no_layer_above_it(string layer)
    {
        var above = Layers.SkipWhile(l => l != layer).Skip(1).Append(FrontDoor).ToArray();
        Assert.Empty(BackReferences(typeof(Kit).Assembly, layer, above));
    }

    [Fact]
    public void Every_namespace_of_the_library_is_a_layer_and_each_is_a_folder()
    {
        var namespaces = typeof(Kit).Assembly.GetTypes()
            .Select(t => t.Namespace)
            .Where(n => n is not null && n.StartsWith("Analysis", StringComparison.Ordinal))
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(Layers.Append("Analysis").Order(StringComparer.Ordinal), namespaces);
        foreach (var layer in Layers)
            Assert.True(Directory.Exists(Path.Combine(Repo.Root, "src", "Analysis", layer["Analysis.".Length..])), $"no folder for {layer}");
    }

    /// <summary>The rule can fail: on types written to break it (Fixture below), it names the one that does.</summary>
    [Fact]
    public void The_rule_names_a_back_reference()
    {
        var failing = BackReferences(typeof(LayerTests).Assembly, "Analysis.Tests.Architecture.Fixture.Low", ["Analysis.Tests.Architecture.Fixture.High"]);
        Assert.Equal(["Analysis.Tests.Architecture.Fixture.Low.UsesHigh"], failing);
    }

    [Fact]
    public void Notebooks_bring_in_every_kit_namespace_with_one_line()
    {
        // setup.csx declares them as global usings, so a notebook's first cell needs only `using Analysis;`.
        var setup = File.ReadAllText(Path.Combine(Repo.Root, "notebooks", "setup.csx"));
        var global = Regex.Matches(setup, @"^global using ([\w.]+);", RegexOptions.Multiline).Select(m => m.Groups[1].Value);
        // Then Deedle, the frames' own namespace, so a cell can filter and join the frames the kit hands out.
        Assert.Equal([.. Kit.Namespaces.Where(n => n != "Analysis"), "Deedle"], global);
        foreach (var notebook in Directory.GetFiles(Path.Combine(Repo.Root, "notebooks"), "*.ipynb"))
        {
            var usings = Regex.Matches(File.ReadAllText(notebook), @"using Analysis[\w.]*;").Select(m => m.Value).Distinct();
            Assert.Equal(["using Analysis;"], usings);
        }
    }

    private static class Repo
    {
        public static string Root { get; } = Find(new DirectoryInfo(AppContext.BaseDirectory));

        private static string Find(DirectoryInfo? dir) =>
            dir is null ? throw new InvalidOperationException("No Analysis.sln above the tests.")
            : File.Exists(Path.Combine(dir.FullName, "Analysis.sln")) ? dir.FullName : Find(dir.Parent);
    }

    private static IReadOnlyList<string> BackReferences(Assembly assembly, string layer, string[] above)
    {
        var result = Types.InAssembly(assembly).That().ResideInNamespace(layer)
            .ShouldNot().HaveDependencyOnAny(above)
            .GetResult();
        return result.IsSuccessful ? [] : result.FailingTypeNames.ToArray();
    }
}
