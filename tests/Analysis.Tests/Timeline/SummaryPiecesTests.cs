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
}
