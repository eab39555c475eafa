using Analysis.Tests.Corpus;

namespace Analysis.Tests.Scale;

using Analysis.Corpus;
using Analysis.Export;
using Analysis.Generation;
using Analysis.Pipeline;

/// <summary>
/// The streamed listing (<see cref="CorpusFiles.Walk"/>): a folder is listed when the walk reaches
/// it, never all at once, and the articles still come in the order of their sorted paths, with each
/// real file read once however the symbolic links around it are ordered.
/// </summary>
public sealed class ListingTests : IDisposable
{
    private const string Good = "A headline\n\nAbout 1,000 North Korean troops were seen near Kursk, officials said.\n";
    private readonly TempCorpus corpus = new();

    public void Dispose() => corpus.Dispose();

    [Fact]
    public void The_walk_hands_out_articles_in_the_order_of_their_sorted_paths()
    {
        // Names where folder-by-folder order and path order part ways: '-' and '.' sort before '/', '0' after.
        string[] files =
        [
            "a.txt", "a-b.txt", "a0.txt", "a/x.txt", "a/a/deep.md", "a.b/y.txt", "ab/z.md", "B.txt", "a.txt.md",
            "a-/q.txt", "a/a.txt", "zz/a/b/c.txt", "zz/a.txt", "zz/a-b/c.txt",
        ];
        foreach (var file in files) corpus.Write(file, Good);

        var walked = CorpusFiles.Walk(corpus.Folder, problems: null).Select(f => f.Path).ToList();

        Assert.Equal(files.Select(corpus.PathOf).Order(StringComparer.Ordinal), walked);
        Assert.Equal(walked.Select(p => Path.GetRelativePath(corpus.Folder, Path.ChangeExtension(p, null))),
            corpus.Load().Documents.Select(d => d.Id));
    }

    [Fact]
    public void A_folder_is_listed_only_when_the_walk_reaches_it()
    {
        corpus.Write("a/1.txt", Good);
        corpus.Write("b/2.txt", Good);

        using var walk = CorpusFiles.Walk(corpus.Folder, problems: null).GetEnumerator();
        Assert.True(walk.MoveNext());
        Assert.Equal(corpus.PathOf("a/1.txt"), walk.Current.Path);
        // Written after the walk began: a listing made up front would not have it.
        corpus.Write("b/3.txt", Good);
        var rest = new List<string>();
        while (walk.MoveNext()) rest.Add(walk.Current.Path);

        Assert.Equal([corpus.PathOf("b/2.txt"), corpus.PathOf("b/3.txt")], rest);
    }

    [Fact]
    public void Two_links_to_one_file_outside_the_corpus_read_it_once_through_the_first()
    {
        using var outside = new TempCorpus();
        var real = outside.Write("story.txt", Good);
        File.CreateSymbolicLink(corpus.PathOf("b-link.txt"), real);
        Directory.CreateDirectory(corpus.PathOf("a"));
        File.CreateSymbolicLink(corpus.PathOf("a/link.txt"), real);

        var loaded = corpus.Load();

        Assert.Equal(["a/link"], loaded.Documents.Select(d => d.Id));
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal(corpus.PathOf("b-link.txt"), problem.File);
        Assert.Contains($"same file as {corpus.PathOf("a/link.txt")}", problem.Message);
    }

    [Fact]
    public void A_link_met_before_its_real_file_in_a_later_subfolder_is_reported_and_the_file_read_there()
    {
        var article = corpus.Write("z/later/story.txt", Good);
        File.CreateSymbolicLink(corpus.PathOf("early.txt"), article);

        var stream = CorpusLoader.Stream(corpus.Folder);
        var ids = stream.Documents().Select(d => d.Id).ToList();

        Assert.Equal(["z/later/story"], ids);
        Assert.Equal((1, 1), (stream.FileCount, stream.FilesRead));
        Assert.Contains($"same file as {article}", Assert.Single(stream.Problems).Message);
    }

    [Fact]
    public void Counts_and_problems_are_known_when_the_stream_opens_and_the_same_after_reading()
    {
        corpus.Write("a/1.txt", Good);
        corpus.Write("b/2.md", Good);
        corpus.Write("b/notes.docx", "x");
        corpus.Write("c/.hidden.txt", Good);

        var stream = CorpusLoader.Stream(corpus.Folder);
        var before = stream.Problems.ToList();
        var count = stream.Documents().Count();

        Assert.Equal((2, 2, Good.Length * 2L), (count, stream.FileCount, stream.TotalBytes));
        Assert.Equal(2, before.Count);
        Assert.Equal(before, stream.Problems);
    }
}
