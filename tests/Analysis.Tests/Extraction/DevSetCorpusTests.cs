namespace Analysis.Tests.Extraction;

using Analysis.Corpus;
using Analysis.Evaluation;

/// <summary>A dev set written as a corpus folder loads as the documents that evaluation parses.</summary>
public class DevSetCorpusTests
{
    [Fact]
    public void Each_passage_loads_from_the_folder_as_the_document_evaluation_scores()
    {
        var set = DevSet.Load(TestData.Find(Path.Combine("tests", "Analysis.Tests", "Extraction", "DevSet.Dated.json"))).Only(DevSet.Dev);
        var folder = Directory.CreateTempSubdirectory("devset-corpus").FullName;
        try
        {
            Assert.Equal(set.Items.Count, DevSetCorpus.Write(set, folder));
            var corpus = CorpusLoader.Load(folder);
            Assert.Equal(set.Items.Select(i => i.Id).Order(StringComparer.Ordinal), corpus.Documents.Select(d => d.Id));
            Assert.Contains(set.Items, i => i.Published is not null);
            foreach (var item in set.Items)
            {
                var expected = item.ToDocument();
                var loaded = corpus[item.Id];
                Assert.Equal(expected.Text, loaded.Text);
                Assert.Equal(expected.Published, loaded.Published);
                Assert.Equal(expected.Sentences.Select(s => s.Text), loaded.Sentences.Select(s => s.Text));
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void A_passage_whose_id_cannot_be_a_file_name_is_refused()
    {
        var set = new DevSet([new DevSetItem("../up", "wire", "Some text.", [], [])]);
        var folder = Directory.CreateTempSubdirectory("devset-corpus").FullName;
        try
        {
            var e = Assert.Throws<FormatException>(() => DevSetCorpus.Write(set, folder));
            Assert.Contains("../up", e.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
