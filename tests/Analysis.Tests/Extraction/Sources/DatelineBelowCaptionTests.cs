namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A page pasted whole puts its byline and a photo caption of a sentence or two above the dateline ("By X" / "Soldiers board a
/// truck ... REUTERS/Y" / "WARSAW (Reuters) - ..."), as Reuters copy on its syndicators and AP copy on USA Today do: the dateline
/// still says whose "defence ministry" the lead cites. The pages are ours.
/// </summary>
public class DatelineBelowCaptionTests
{
    private const string Page = "Border reinforced\n\nBy Anna Kowalska\n\nSoldiers board a truck near the border. The army has raised its alert level. REUTERS/Piotr Nowak\n\n";

    [Theory]
    [InlineData(Page + "WARSAW (Reuters) - About 2,000 more soldiers will be sent to the eastern border this week, the defence ministry said on Monday.", 2000, "Polish Defense Ministry")]
    [InlineData("Troops stay\n\nBy Jan Novak and Eva Berg\n\nA convoy leaves the base on Friday. It was the last of the year. The convoy carried supplies. AP Photo/Martin Dvorak\n\nPRAGUE (AP) — Some 300 soldiers will remain at the base until June, the defense ministry said.", 300, "Czech Defense Ministry")]
    public void The_lead_s_body_is_of_the_dateline_s_country(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}
