namespace Analysis.Tests.Import;

using Analysis.Corpus;

/// <summary>Entries merged into manifest.json: the rest of the file stays as it was, and what a person wrote wins.</summary>
public class ManifestWriterTests
{
    private static readonly DocumentMetadata Page = new("Troop total rises", new DateOnly(2024, 11, 4), "Harbour Post", "https://harbourpost.example/a", "Mira Okafor");

    [Fact]
    public void A_new_entry_goes_at_the_end_and_comments_and_other_entries_stay()
    {
        const string existing = "// notes at the top\n{\n  \"seed\": { \"title\": \"Seed\" } // the bundled one\n}\n";

        var merged = ManifestWriter.Merge(existing, [("troops", Page)], out var added)!;

        Assert.Equal("// notes at the top\n{\n  \"seed\": { \"title\": \"Seed\" }, // the bundled one\n  \"troops\": {\n    \"title\": \"Troop total rises\",\n" +
                     "    \"published\": \"2024-11-04\",\n    \"outlet\": \"Harbour Post\",\n    \"url\": \"https://harbourpost.example/a\",\n" +
                     "    \"author\": \"Mira Okafor\"\n  }\n}\n", merged);
        Assert.Equal(["title", "published", "outlet", "url", "author"], added["troops"]);
        Assert.Equal(Page, Manifest.Read(Write(merged), new List<LoadProblem>())["troops"]);
    }

    [Fact]
    public void An_existing_entry_gets_only_the_fields_it_lacks()
    {
        var merged = ManifestWriter.Merge("{\n  \"troops\": { \"title\": \"My title\", \"published\": \"\" }\n}", [("troops", Page)], out var added)!;

        var read = Manifest.Read(Write(merged), new List<LoadProblem>())["troops"];
        Assert.Equal(Page with { Title = "My title" }, read);
        Assert.Equal(["published", "outlet", "url", "author"], added["troops"]);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("{\n}\n")]
    [InlineData("{ \"a\": {}, }")]
    public void Empty_and_trailing_comma_manifests_stay_valid(string existing)
    {
        var merged = ManifestWriter.Merge(existing, [("one", Page), ("two", Page with { Url = null })], out _)!;

        var problems = new List<LoadProblem>();
        var read = Manifest.Read(Write(merged), problems);
        Assert.Empty(problems);
        Assert.Equal(Page, read["one"]);
        Assert.Null(read["two"].Url);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("{ \"a\": ")]
    public void A_manifest_that_is_not_a_JSON_object_is_not_merged(string existing) =>
        Assert.Null(ManifestWriter.Merge(existing, [("one", Page)], out _));

    private static string Write(string text)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("manifest-").FullName, Manifest.FileName);
        File.WriteAllText(path, text);
        return path;
    }
}
