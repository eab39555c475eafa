using System.Text;

namespace Analysis.Tests.Claims;

/// <summary>
/// Short dated articles of our own, written into a folder with a manifest: one figure relayed through an
/// outlet, an origin that revises its figure, two origins that disagree in the same week, and parts of a
/// force ("among them 500 officers"). Linked into the browser tests, which draw its report.
/// </summary>
public static class ClaimsCorpus
{
    /// <summary>Articles by id: published day, outlet, text (headline on the first line).</summary>
    public static readonly IReadOnlyList<(string Id, string Published, string Outlet, string Text)> Relay =
    [
        ("kyiv-brief", "2024-10-24", "Kyiv Independent",
            "Kyiv: 12,000 North Korean soldiers now inside Russia\n\n" +
            "Ukraine's military intelligence said about 12,000 North Korean soldiers are now inside Russia, among them 500 officers.\n\n" +
            "The agency said the soldiers are training at five bases in the Far East.\n"),
        ("wire-one", "2024-10-28", "BBC",
            "North Korean deployment grows, officials say\n\n" +
            "About 12,000 North Korean soldiers are in Russia, according to Ukraine's military intelligence, Reuters reported.\n\n" +
            "Moscow has not commented on the deployment.\n"),
        ("wire-two", "2024-10-29", "CNN",
            "Kyiv repeats its count of the troops\n\n" +
            "Ukraine's military intelligence says 12,000 North Korean soldiers are in Russia, including 500 special forces, Reuters reported.\n"),
    ];

    public static readonly IReadOnlyList<(string Id, string Published, string Outlet, string Text)> Revision =
    [
        ("nis-october", "2024-10-18", "Yonhap",
            "Seoul says 3,000 North Korean troops sent to Russia\n\n" +
            "South Korea's National Intelligence Service said about 3,000 North Korean troops have been sent to Russia.\n"),
        ("nis-november", "2024-11-13", "Yonhap",
            "Spy agency raises its count\n\n" +
            "The National Intelligence Service said 10,000 North Korean troops have now been sent to Russia, up from 3,000.\n"),
    ];

    /// <summary>Two origins, 8,000 and 10,000, three days apart (<paramref name="apart"/> days when given).</summary>
    public static IReadOnlyList<(string Id, string Published, string Outlet, string Text)> Disagreement(int apart = 3, string pentagonHedge = "about") =>
    [
        ("pentagon", "2024-11-04", "CNN",
            "Pentagon gives its own count\n\n" +
            $"The Pentagon said {pentagonHedge} 8,000 North Korean troops have been deployed to the Kursk region.\n"),
        ("seoul", new DateOnly(2024, 11, 4).AddDays(apart).ToString("yyyy-MM-dd"), "Yonhap",
            "Seoul's figure is higher\n\n" +
            "South Korea's National Intelligence Service said 10,000 North Korean troops have been deployed to Russia.\n"),
    ];

    /// <summary>All of them: what the report and the notebook tests draw.</summary>
    public static IReadOnlyList<(string Id, string Published, string Outlet, string Text)> All =>
        [.. Relay, .. Revision, .. Disagreement(apart: 3)];

    /// <summary>Writes the articles and their manifest into <paramref name="folder"/> and returns it.</summary>
    public static string Write(string folder, IEnumerable<(string Id, string Published, string Outlet, string Text)> articles)
    {
        Directory.CreateDirectory(folder);
        var manifest = new StringBuilder("{\n");
        foreach (var (id, published, outlet, text) in articles)
        {
            File.WriteAllText(Path.Combine(folder, id + ".txt"), text, new UTF8Encoding(false));
            manifest.Append($"  \"{id}\": {{ \"published\": \"{published}\", \"outlet\": \"{outlet}\" }},\n");
        }
        File.WriteAllText(Path.Combine(folder, "manifest.json"), manifest.Append("}\n").ToString(), new UTF8Encoding(false));
        return folder;
    }
}
