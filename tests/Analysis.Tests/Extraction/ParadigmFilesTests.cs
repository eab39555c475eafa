namespace Analysis.Tests.Extraction;

using System.Text.Json;

/// <summary>
/// The paradigm tables (Extraction/Paradigms/*.json, scored by scripts/paradigms.py) are data: each file parses (its `//`
/// comment lines skipped) and every row has an id of its family, an article and at least one expectation. An article is a
/// headline and paragraphs, or a headline alone when the row has no "paragraphs" (a page the extractor reads as its headline,
/// as the withdrawals rows are).
/// </summary>
public class ParadigmFilesTests
{
    private static readonly string Folder = Path.GetDirectoryName(TestData.Find(Path.Combine("tests", "Analysis.Tests", "Extraction", "Paradigms", "coordinated.json")))!;

    private static string[] Names() => Directory.GetFiles(Folder, "*.json").Select(f => Path.GetFileNameWithoutExtension(f)).Order().ToArray();

    public static IEnumerable<object[]> Families() => Names().Select(n => new object[] { n });

    [Fact]
    public void Every_paradigm_family_is_there()
        => Assert.Superset(new HashSet<string>(["coordinated", "ellipsis", "forward", "adverbials", "speechnouns", "asides", "withdrawals", "collectives"]), Names().ToHashSet());

    [Theory]
    [MemberData(nameof(Families))]
    public void Every_row_has_an_id_an_article_and_an_expectation(string family)
        => Assert.Empty(Problems(File.ReadAllText(Path.Combine(Folder, family + ".json")), family));

    [Theory]
    [InlineData("{\"rows\": []}")]
    [InlineData("{\"rows\": [{\"id\": \"f-001\", \"headline\": \"Troops\", \"paragraphs\": [\"300 troops left.\"]}]}")]
    [InlineData("{\"rows\": [{\"id\": \"f-001\", \"headline\": \"Troops\", \"paragraphs\": [], \"sources\": [\"NATO\"]}]}")]
    [InlineData("{\"rows\": [{\"id\": \"f-001\", \"date\": \"2025-06-15\", \"headline\": \"\", \"figures\": [{\"value\": 300, \"status\": \"planned\"}]}]}")]
    [InlineData("{\"rows\": [{\"id\": \"g-001\", \"headline\": \"Troops\", \"paragraphs\": [\"NATO said 300 left.\"], \"sources\": [\"NATO\"]}]}")]
    [InlineData("// a comment\n{\"rows\": [{\"headline\": \"Troops\", \"paragraphs\": [\"NATO said 300 left.\"], \"figures\": [{\"value\": 300}]}]}")]
    public void A_row_with_no_id_article_or_expectation_is_reported(string json)
        => Assert.NotEmpty(Problems(json, "f"));

    [Theory]
    [InlineData("// a comment\n{\"rows\": [{\"id\": \"f-001\", \"headline\": \"Troops\", \"paragraphs\": [\"NATO said 300 left.\"], \"figures\": [{\"value\": 300, \"origin\": \"NATO\"}]}]}")]
    [InlineData("{\"rows\": [{\"id\": \"f-001\", \"date\": \"2025-06-15\", \"headline\": \"France to pull 300 troops from Chad\", \"figures\": [{\"value\": 300, \"status\": \"planned\"}]}]}")]
    public void A_good_row_is_not_reported(string json)
        => Assert.Empty(Problems(json, "f"));

    private static List<string> Problems(string json, string family)
    {
        var problems = new List<string>();
        using var doc = JsonDocument.Parse(json, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var rows = doc.RootElement.GetProperty("rows").EnumerateArray().ToList();
        if (rows.Count == 0) problems.Add("no rows");
        var ids = new HashSet<string>();
        foreach (var row in rows)
        {
            var id = row.TryGetProperty("id", out var i) ? i.GetString() ?? "" : "";
            if (!System.Text.RegularExpressions.Regex.IsMatch(id, $"^{family}-[0-9]{{3}}$") || !ids.Add(id)) problems.Add($"bad or repeated id '{id}'");
            // no "paragraphs": the page is its headline alone; an empty or blank list is a mistake
            var text = row.TryGetProperty("paragraphs", out var p) ? p.EnumerateArray().Select(x => x.GetString()).Where(s => !string.IsNullOrWhiteSpace(s)).Count() : 1;
            if (!row.TryGetProperty("headline", out var h) || string.IsNullOrWhiteSpace(h.GetString()) || text == 0) problems.Add($"{id}: no headline or paragraph");
            var expectations = new[] { "figures", "no_figure", "no_phrase", "sources", "not_sources" }
                .Sum(k => row.TryGetProperty(k, out var e) ? e.GetArrayLength() : 0);
            if (expectations == 0) problems.Add($"{id}: no expectation");
        }
        return problems;
    }
}
