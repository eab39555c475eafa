namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Bylines and contributors' lines whose writer's name runs into the outlet's words with no comma between them, as papers that
/// reprint wire copy set them ("By NAME Associated Press", "By NAME The New York Times"), or after the outlet and the writer's
/// job word in lower case ("Associated Press writer NAME contributed to this report"); and outlets that sign their own copy by
/// name alone ("By VOA News", "By EUobserver"). The writer and the outlet are each a source. Near misses: a "By" that opens a
/// sentence of prose, a byline whose comma already parts writer and outlet, a contributors' line with no name, a trade word
/// before a speaker in prose. The articles are ours.
/// </summary>
public class BylineOutletRunsTests
{
    private const string Lead = "RIGA - Latvia will send 300 soldiers to the border, the defence ministry said on Monday.";

    [Theory]
    [InlineData("By Ilze Ozola Associated Press", "Ilze Ozola")]
    [InlineData("By Ilze Ozola Associated Press", "Associated Press")]
    [InlineData("By Marta Berzina The New York Times", "Marta Berzina")]
    [InlineData("By Juris K. Kalns Washington Post.", "Juris K. Kalns")]
    [InlineData("By Ilze Ozola and Marta Berzina Associated Press", "Marta Berzina")]
    [InlineData("By VOA News", "Voice of America")]
    [InlineData("By EUobserver", "EUobserver")]
    public void A_byline_run_into_its_outlet_names_writer_and_outlet(string byline, string source) =>
        Assert.Contains(PageMentions("Latvia sends troops", byline, Lead, "The soldiers will stay for six months."), m => m.Source == source);

    [Theory]
    [InlineData("Associated Press writer Ilze Ozola contributed to this report.", "Ilze Ozola")]
    [InlineData("AP writer Ilze Ozola contributed to this report.", "Associated Press")]
    [InlineData("Associated Press writers Ilze Ozola and Marta Berzina contributed to this report.", "Marta Berzina")]
    [InlineData("Reuters correspondent Ilze Ozola in Riga contributed to this report.", "Ilze Ozola")]
    public void A_contributors_line_after_the_outlet_and_job_names_its_writers(string line, string source) =>
        Assert.Contains(PageMentions("Latvia sends troops", Lead, "The soldiers will stay for six months.", line), m => m.Source == source);

    [Theory]
    // Near misses: the run of names is no one's name; prose opened by "By"; a byline whose comma parts writer and outlet keeps both.
    [InlineData("By Ilze Ozola Associated Press", "Ilze Ozola Associated Press")]
    [InlineData("By Monday Reuters had counted 300 soldiers at the border.", "Monday Reuters")]
    [InlineData("Associated Press reporters contributed to this report.", "reporters")]
    [InlineData("By VOA News", "VOA News")]
    public void Other_lines_name_no_such_writer(string line, string name) =>
        Assert.DoesNotContain(PageMentions("Latvia sends troops", line, Lead, "The soldiers will stay for six months."), m => m.Source == name);

    [Theory]
    // Near misses that every build reads alike: a comma before the outlet, a trade word before a speaker in prose.
    [InlineData("By Ilze Ozola, Reuters", "Ilze Ozola")]
    [InlineData("By Ilze Ozola and Marta Berzina, CNN", "CNN")]
    [InlineData("Defence writer Ilze Ozola said the 300 soldiers would leave in May.", "Ilze Ozola")]
    public void A_comma_byline_or_a_speaker_keeps_its_reading(string line, string source) =>
        Assert.Contains(PageMentions("Latvia sends troops", line, Lead, "The soldiers will stay for six months."), m => m.Source == source);
}
