namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A byline's writer followed by the writer's job after a comma: "By NAME, Associated Press Writer", "By NAME, AP Military
/// Writer", "By NAME and NAME, Staff Reporters". The job names no second writer and cites no one; the writers stay sources.
/// Near miss: two writers joined by a comma are both writers. The articles are ours.
/// </summary>
public class BylineJobsTests
{
    private const string Lead = "LIMA, Peru (AP) - Peru will send 200 soldiers to the border, the Defense Ministry said.";

    [Theory]
    [InlineData("By MARTA QUISPE, Associated Press Writer", "Associated Press Writer")]
    [InlineData("By Marta Quispe, AP Military Writer", "AP Military Writer")]
    [InlineData("By Marta Quispe and Luis Tello, Staff Reporters", "Staff Reporters")]
    [InlineData("By Marta Quispe, Senior Correspondent", "Senior Correspondent")]
    public void A_writers_job_after_the_comma_is_no_source(string byline, string job) =>
        Assert.DoesNotContain(PageMentions("Peru sends troops", byline, Lead), m => m.Source == job);

    [Theory]
    [InlineData("By MARTA QUISPE, Associated Press Writer", "Marta Quispe")]
    [InlineData("By Marta Quispe and Luis Tello, Staff Reporters", "Luis Tello")]
    // Near miss: two writers joined by a comma.
    [InlineData("By Marta Quispe, Luis Tello", "Luis Tello")]
    public void The_writers_stay_sources(string byline, string writer) =>
        Assert.Contains(PageMentions("Peru sends troops", byline, Lead), m => m.Source == writer);
}
