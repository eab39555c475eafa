using System.Globalization;
using System.Text;

namespace Analysis.Generation;

using Analysis.Extraction;

/// <summary>
/// Writes a corpus of made-up but realistic articles for benchmarks and tests: the seed's file
/// format (a headline line, body paragraphs, a "Related Sources:" section), a few KB each, built by
/// varying the sentences of <see cref="ArticleTemplates"/> (troop figures credited to named sources,
/// dates like "on Oct. 23", numbers that count other things). The same seed gives the same bytes;
/// article <c>i</c> depends only on the seed and <c>i</c>, so a larger corpus starts with the smaller one.
/// </summary>
public static class CorpusGenerator
{
    public const int DefaultSeed = 1;

    /// <summary>Articles per subfolder: a generated corpus looks like batches of a feed, not one huge folder.</summary>
    public const int FilesPerFolder = 1000;

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The articles of a seed, endlessly, in corpus order.</summary>
    public static IEnumerable<GeneratedArticle> Articles(int seed = DefaultSeed)
    {
        for (var i = 0; ; i++) yield return Article(seed, i);
    }

    /// <summary>Article <paramref name="index"/> of <paramref name="seed"/>.</summary>
    public static GeneratedArticle Article(int seed, int index)
    {
        // One generator per article, seeded from both numbers: articles can be made in any order.
        // (Not HashCode.Combine: it is salted per process, and the corpus must be the same every run.)
        var random = new Random(Mix(seed, index));
        return new ArticleBuilder(random).Build($"batch{index / FilesPerFolder:D3}/article_{index:D6}.txt");
    }

    /// <summary>
    /// Writes articles into <paramref name="folder"/> (created if missing) until they hold at least
    /// <paramref name="bytes"/> bytes; the last article overshoots by less than its own size.
    /// <paramref name="progress"/> hears the bytes written so far.
    /// </summary>
    public static GeneratedCorpus Write(string folder, long bytes, int seed = DefaultSeed, IProgress<long>? progress = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bytes);
        folder = Path.GetFullPath(folder);
        var written = 0L;
        var files = 0;
        foreach (var article in Articles(seed))
        {
            if (written >= bytes) break;
            var path = Path.Combine(folder, article.Path.Replace('/', Path.DirectorySeparatorChar));
            if (files % FilesPerFolder == 0) Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var content = Utf8.GetBytes(article.Text);
            File.WriteAllBytes(path, content);
            written += content.Length;
            files++;
            if (files % 256 == 0) progress?.Report(written);
        }
        progress?.Report(written);
        return new GeneratedCorpus(folder, files, written, seed);
    }

    // SplitMix64's finalizer over both numbers: nearby seeds and indexes give unrelated generators.
    private static int Mix(int seed, int index)
    {
        var z = ((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return (int)((z ^ (z >> 31)) & int.MaxValue);
    }

    private sealed class ArticleBuilder(Random random)
    {
        private readonly StringBuilder text = new(4096);
        private readonly List<PlantedFigure> figures = [];
        private readonly List<string> sources = [];

        public GeneratedArticle Build(string path)
        {
            text.Append(Fill(Pick(ArticleTemplates.Headlines))).Append('\n');
            // Like the seed, most articles separate paragraphs by line ends; some by blank lines.
            var separator = random.Next(3) == 0 ? "\n\n" : "\n";
            var paragraphs = random.Next(6, 11);
            for (var p = 0; p < paragraphs; p++)
            {
                if (p > 0) text.Append(separator);
                var sentences = random.Next(3, 5);
                for (var s = 0; s < sentences; s++)
                {
                    if (s > 0) text.Append(' ');
                    // About one sentence in four carries a figure; the first paragraph always does.
                    var figure = (p == 0 && s == 0) || random.Next(4) == 0;
                    text.Append(figure ? FigureSentence() : Fill(Pick(ArticleTemplates.OtherSentences)));
                }
            }
            text.Append('\n').Append(separator == "\n" ? "" : "\n").Append("Related Sources:");
            var related = random.Next(4);
            for (var r = 0; r < related; r++) text.Append("\n- ").Append(Pick(ArticleTemplates.RelatedItems));
            text.Append('\n');
            return new GeneratedArticle(path, text.ToString(), figures, sources.Distinct().ToArray());
        }

        private string FigureSentence()
        {
            var template = Pick(ArticleTemplates.FigureSentences);
            var source = Pick(ArticleTemplates.Sources);
            sources.Add(source.Canonical);
            var (phrase, value, low, high) = Figure();
            var sentence = Fill(template, source.Surface, phrase);
            figures.Add(new PlantedFigure(value, low, high, EstimateStatus.Current, source.Canonical));
            if (template.Contains("{earlier}"))
            {
                // An earlier estimate is smaller than any current one (current figures start at 5,000).
                var earlier = random.Next(2, 9) * 500;
                sentence = sentence.Replace("{earlier}", Number(earlier));
                figures.Add(new PlantedFigure(earlier, null, null, EstimateStatus.Earlier, source.Canonical));
            }
            return sentence;
        }

        // The figure's words and what they mean: a hedged number, a range, or a number in words.
        private (string Phrase, double? Value, double? Low, double? High) Figure()
        {
            var kind = random.Next(10);
            if (kind == 0)
            {
                var (words, v) = Pick(ArticleTemplates.WordFigures);
                return (words, v, null, null);
            }
            var n = random.Next(10, 31) * 500;
            if (kind == 1)
            {
                var b = n + random.Next(1, 6) * 1000;
                var range = Pick(ArticleTemplates.Ranges).Replace("{a}", Number(n)).Replace("{b}", Number(b));
                return (range, null, n, b);
            }
            var hedge = Pick(ArticleTemplates.Hedges);
            double? atLeast = hedge.StartsWith("more than", StringComparison.Ordinal) || hedge.StartsWith("at least", StringComparison.Ordinal) ? n : null;
            double? atMost = hedge.StartsWith("up to", StringComparison.Ordinal) ? n : null;
            return (hedge.Replace("{n}", Number(n)), n, atLeast, atMost);
        }

        private string Fill(string template, string? source = null, string? figure = null)
        {
            var s = template
                .Replace("{place}", Pick(ArticleTemplates.Places))
                .Replace("{date}", Pick(ArticleTemplates.Dates))
                .Replace("{num}", random.Next(12, 90).ToString(CultureInfo.InvariantCulture));
            if (source is not null) s = s.Replace("{src}", source).Replace("{Src}", Capitalize(source));
            if (figure is not null) s = s.Replace("{fig}", figure).Replace("{Fig}", Capitalize(figure));
            return s;
        }

        private T Pick<T>(T[] items) => items[random.Next(items.Length)];

        private static string Number(int n) => n.ToString("#,0", CultureInfo.InvariantCulture);

        private static string Capitalize(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];
    }
}
