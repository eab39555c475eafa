using Analysis.Tests.Extraction;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Evaluation;
using Analysis.Extraction;
using Analysis.Generation;
using Analysis.Timeline;

/// <summary>
/// The cheap checks that let the extractor skip an expensive regex never skip one that would have
/// matched: for every sentence of the dev set, the seed, generated articles and made-up title runs,
/// a check that says "no" agrees with the regex.
/// </summary>
public class PrefilterTests
{
    private static readonly string[] Titles =
    [
        "Lawmakers", "lawmaker", "MPs", "Sen.", "Rep.", "President", "prime minister", "Prime  Minister", "defense minister", "Defence Ministers",
        "secretary-general", "spokeswoman", "Gen.", "Lt. Gen.", "Lt Gen.", "Col.", "colonel", "ambassador", "spy chief", "intelligence  chief", "analysts",
        "officials", "advisor", "adviser", "chairwoman", "leader", "Capt.", "Sgt.", "SENATOR", "oFFicer", "expert", "fellow", "director",
    ];

    private static readonly string[] Names = ["Kim Min-seok", "Lee Seongkweun", "Park Sunwon", "Jo Ann-Lee Smith", "O’Neil Grant", "Ri Il Hwan"];

    private static readonly string[] Glue = [" ", "  ", "\t", "\n", ", ", " and ", "-", "", ". ", " said ", "’s "];

    public static IEnumerable<string> Sentences()
    {
        var documents = DevSet.Load(TestData.DevSetPath).Items.Select(i => TestData.Passage(i.Text))
            .Concat(CorpusLoader.Load().Documents)
            .Concat(CorpusGenerator.Articles(6).Take(60).Select(a => CorpusLoader.FromText(a.Text, a.Path)));
        foreach (var document in documents)
            foreach (var sentence in document.Sentences)
                yield return sentence.Text;
        var random = new Random(17);
        for (var i = 0; i < 3000; i++)
        {
            var parts = Enumerable.Range(0, random.Next(1, 7)).Select(_ => random.Next(3) switch
            {
                0 => Titles[random.Next(Titles.Length)],
                1 => Names[random.Next(Names.Length)],
                _ => random.Next(2) == 0 ? "North Korean" : "troops",
            });
            yield return string.Concat(parts.Select(p => p + Glue[random.Next(Glue.Length)])).Trim();
        }
    }
}
