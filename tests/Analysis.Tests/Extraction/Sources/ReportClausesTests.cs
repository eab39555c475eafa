namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A report no one is named for, told by what it says ("after a news report that some 4,000 soldiers had crossed", "amid
/// reports that 9,000 were massing", "followed reports in Latvian media that 2,000 would be sent"): the report speaks for the
/// figures of its "that" clause, named as the text names it, or the press named after "in"/"from". A report owned before it,
/// a relative clause, a clause with no figure, the
/// verb "reports" of a voice before it and a report a negated voice has not confirmed are left alone. The sentences are ours.
/// </summary>
public class ReportClausesTests
{
    [Theory]
    [InlineData("The visit comes after a news report that some 4,000 Belarusian soldiers had crossed into the region last week.", "news report")]
    [InlineData("Officials met on Monday amid reports that Belarus had massed about 9,000 troops near the frontier.", "reports")]
    [InlineData("The talks followed reports in Latvian media that Minsk would send 2,000 soldiers to the area.", "Latvian media")]
    [InlineData("The vote comes after unconfirmed reports that Belarus had moved 6,000 troops to the border.", "unconfirmed reports")]
    // Another voice in the sentence: the reports still speak for their clause's figure.
    [InlineData("Ostland's defence minister Anna Berg said on Monday, amid reports that Belarus had massed about 9,000 troops near the frontier, that talks would go on.", "reports")]
    public void The_report_speaks_for_its_clause(string text, string origin)
    {
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
        Assert.Contains(Mentions(text), m => m.Source == origin);
    }

    [Theory]
    // Near misses: a relative clause ("a report that was leaked"), the report owned before it ("the report that"), a report with
    // no figure in its clause.
    [InlineData("Analysts pointed to a report that circulated online, and Belarus keeps 3,000 troops near the frontier.", "report")]
    [InlineData("Minsk denied the report that 7,000 Belarusian soldiers had crossed the border.", "report")]
    [InlineData("The ministers met amid reports that Belarus was moving troops toward the border.", "reports")]
    // "reports" as a voice's verb, and a report a negated voice has not confirmed.
    [InlineData("The state agency reports that 5,000 Belarusian troops are near the border.", "state agency reports")]
    [InlineData("The state agency reports that 5,000 Belarusian troops are near the border.", "reports")]
    [InlineData("Minsk has not confirmed reports that 3,000 more troops will move west.", "reports")]
    // Inside a quotation, the quoted speaker's word.
    [InlineData("\"We heard a report that 3,000 soldiers had left,\" the mayor of Grodno told reporters.", "report")]
    public void Left_alone(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
