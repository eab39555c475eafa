using Analysis;
using BenchmarkDotNet.Attributes;

namespace Analysis.Benchmarks;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Pipeline;

/// <summary>
/// The inner loops of `analysis extract`, on generated articles (seed 1, the bench corpus's first
/// articles): splitting sentences, parsing an article, extracting one document, writing the tables.
/// Allocations are reported: the hot path should allocate little.
/// </summary>
[MemoryDiagnoser]
public class ExtractionBenchmarks
{
    private const int Documents = 100;

    private string[] texts = [];
    private Document[] documents = [];
    private DocumentFindings[] findings = [];
    private string output = "";

    [GlobalSetup]
    public void Setup()
    {
        texts = CorpusGenerator.Articles(CorpusGenerator.DefaultSeed).Take(Documents).Select(a => a.Text).ToArray();
        documents = texts.Select((t, i) => CorpusLoader.FromText(t, $"d{i}")).ToArray();
        findings = documents.Select(Extractor.Default.Extract).ToArray();
        output = Directory.CreateTempSubdirectory("analysis-bench-").FullName;
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(output, recursive: true);

    /// <summary>Sentence spans of 100 articles (about 250 KB).</summary>
    [Benchmark]
    public int SplitSentences()
    {
        var count = 0;
        foreach (var text in texts)
            foreach (var _ in SentenceSplitter.Split(text, 0, text.Length)) count++;
        return count;
    }

    /// <summary>Headline, paragraphs and sentences with offsets, for 100 articles.</summary>
    [Benchmark]
    public int ParseDocuments()
    {
        var count = 0;
        for (var i = 0; i < texts.Length; i++) count += CorpusLoader.FromText(texts[i], "d").Sentences.Count;
        return count;
    }

    /// <summary>Troop counts, sources and events of 100 parsed articles.</summary>
    [Benchmark]
    public int ExtractDocuments()
    {
        var count = 0;
        foreach (var document in documents) count += Extractor.Default.Extract(document).TroopCounts.Count;
        return count;
    }

    /// <summary>The five CSV tables of 100 articles' findings.</summary>
    [Benchmark]
    public int WriteCsv() => Export.Write(findings, output, ExportFormat.Csv).Count;
}
