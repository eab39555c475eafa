namespace Analysis.Tests.Timeline;

using Analysis.Timeline;
using Analysis.Vocabulary;

// The pieces of a summary read by code (they were the patterns summary_reported and summary_trailing_clause at a558cee;
// each row reads as that pattern did).
public class SummaryPiecesTests
{
    private static readonly ReportedSpeech Reported = new(Lexicon.Default.Words("summary_reporting_verbs"));
    private static readonly TrailingClause Trailing = new(Lexicon.Default.Words("summary_trailing_after_comma"), Lexicon.Default.Words("summary_trailing_words"));

    [Theory]
    [InlineData("The NIS said that 3,000 troops had left", "The NIS|said||3,000 troops had left")]
    [InlineData("Officials told reporters on Monday that 3,000 had left", "Officials|told| reporters on Monday|3,000 had left")]
    [InlineData("The agency revealed to Yonhap, that 3,000 had left", "The agency|revealed| to Yonhap|3,000 had left")]
    [InlineData("Seoul SAID THAT troops left", "Seoul|SAID||troops left")]             // case ignored
    [InlineData("Kim said that Y that Z", "Kim|said| that Y|Z")]                     // the shortest object that lets "that" follow
    [InlineData("Ab estimates that most left", "Ab|estimates||most left")]           // the longer verb first
    [InlineData("Ab saidthat c", null)]                                              // "that" between white space
    [InlineData("A, said that B", null)]                                             // no comma in the speaker
    [InlineData("X said that", null)]                                                // a clause after "that"
    [InlineData("Troops said nothing", null)]
    public void A_reported_statement_is_read_from_the_line_start(string line, string? parts)
    {
        var found = Reported.Match(line);
        Assert.Equal(parts, found is { } p ? $"{line[..p.SpeakerEnd]}|{line[p.VerbStart..p.VerbEnd]}|{line[p.VerbEnd..p.ObjectEnd]}|{line[p.Clause..]}" : null);
    }

    [Theory]
    [InlineData("Troops arrived, raising fears of war", 14)]     // a comma and a word of summary_trailing_after_comma
    [InlineData("Troops arrived amid fears of war", 14)]         // a word of summary_trailing_words
    [InlineData("Troops arrived  amidst fears", 14)]             // the first white space of the run
    [InlineData("Troops arrived; more came", 14)]
    [InlineData("Troops arrived - more came", 14)]               // a dash between spaces
    [InlineData("Troops arrived, in a  move that", 14)]          // a phrase's space is any white space
    [InlineData("Troops arrived amidstream", -1)]                // a word ends where the phrase does
    [InlineData("North Korean-made shells, mostly", -1)]
    public void A_line_trails_off_at_the_first_trailing_piece(string line, int at) =>
        Assert.Equal(at, Trailing.Find(line));

    // A line with no word of the trailing lists: the punctuation alone gives what the whole search gives.
    [Theory]
    [InlineData("Troops arrived; more came", 14)]
    [InlineData("Troops arrived \u2014 more came; then", 14)]         // the dash before the semicolon
    [InlineData("Troops arrived - more; came", 14)]
    [InlineData("North Korean-made shells; mostly", 24)]             // a hyphen in a word is no piece
    [InlineData("Troops arrived -more came", -1)]                    // a dash needs white space on both sides
    [InlineData("Troops arrived -", -1)]
    [InlineData("North Korean-made shells, mostly", -1)]
    public void A_line_without_trailing_words_trails_off_at_its_punctuation(string line, int at)
    {
        Assert.Equal(at, TrailingClause.FindPunctuation(line));
        Assert.Equal(Trailing.Find(line), TrailingClause.FindPunctuation(line));
    }

    // The words of a line's start, counted in its word starts, are those a count over the start itself gives.
    [Theory]
    [InlineData("The troops in the region have left", new[] { 0, 1, 3, 4, 10, 11, 33, 34 }, new[] { 0, 1, 1, 1, 2, 2, 7, 7 })]
    [InlineData(" two  spaces ", new[] { 0, 1, 2, 5, 6, 13 }, new[] { 0, 0, 1, 1, 1, 2 })]
    [InlineData("", new[] { 0 }, new[] { 0 })]
    public void The_words_before_a_cut_are_counted_in_the_word_starts(string line, int[] cuts, int[] words)
    {
        var starts = WordStarts.Of(line);
        Assert.Equal(line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length, starts.Count);
        Assert.Equal(words, cuts.Select(starts.Before).ToArray());
        Assert.Equal(cuts.Select(c => line[..c].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length), cuts.Select(starts.Before));
    }
}
