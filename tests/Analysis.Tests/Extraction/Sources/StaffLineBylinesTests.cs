namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A staff line in a byline's place: a desk or a team of the paper ("By Online Desk", "By Web Desk", "By Reuters Staff") or a
/// job with no name ("By Staff Writer", "By Special Correspondent"), as South Asian and wire pages sign unsigned copy. It names
/// no writer, so no person is a source; an outlet it names still is. Near misses: a writer's name with the job after a comma, a
/// writer's name alone. The articles are ours.
/// </summary>
public class StaffLineBylinesTests
{
    private const string Lead = "HARARE - Zimbabwe will bring 300 soldiers home from Mozambique, the army said on Monday.";

    [Theory]
    [InlineData("By Online Desk", "Online Desk")]
    [InlineData("By Web Desk", "Web Desk")]
    [InlineData("By Staff Writer", "Staff Writer")]
    [InlineData("By Special Correspondent", "Special Correspondent")]
    [InlineData("By Reuters Staff", "Reuters Staff")]
    public void A_staff_line_names_no_writer(string byline, string name) =>
        Assert.DoesNotContain(PageMentions("Troops come home", byline, Lead), m => m.Source == name);

    [Theory]
    [InlineData("By Reuters Staff", "Reuters")]
    // Near misses: a writer named before the job, a writer named alone.
    [InlineData("By Anna Berg, Staff Writer", "Anna Berg")]
    [InlineData("By Tendai Moyo", "Tendai Moyo")]
    public void An_outlet_or_a_named_writer_is_still_a_source(string byline, string source) =>
        Assert.Contains(PageMentions("Troops come home", byline, Lead), m => m.Source == source);
}
