namespace Analysis.Tests.Extraction.Sources;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// The reporters a whole page credits outside a "By" line of names alone: a byline of two writers closed by the outlet after a
/// comma ("By NAME and NAME, CNN", in capitals as syndicators set it: "BY NAME AND NAME, CNN"), and a closing line of
/// contributors ("CNN's NAME and NAME contributed to this report.", "ABC News' NAME contributed to this report.", "NAME in Riga
/// contributed reporting."). Each name is a
/// source as a byline's is; so is a byline line of a name, a dash and the date ("NAME — Saturday, 10 May 2025, 12:04"), a
/// byline "By NAME with Reuters", and a reporter's sign-off of a name and an e-mail address. Near misses: an outlet that
/// contributed names no one, a sentence whose subject is no name, a place over a dash, an address with no name.
/// The articles are ours.
/// </summary>
public class ContributorLinesTests
{
    private const string Lead = "RIGA (CNN) - Latvia will send 300 soldiers to the border, the defence ministry said.";

    [Theory]
    [InlineData("By Ilze Ozola and Marta Berzina, CNN", "Marta Berzina")]
    [InlineData("By Ilze Ozola and Marta Berzina, CNN", "Ilze Ozola")]
    [InlineData("BY ILZE OZOLA AND MARTA BERZINA, CNN", "Marta Berzina")]
    public void A_byline_closed_by_its_outlet_names_its_writers(string byline, string writer) =>
        Assert.Contains(PageMentions("Latvia sends troops", byline, Lead), m => m.Source == writer);

    [Theory]
    [InlineData("CNN's Ilze Ozola and Marta Berzina contributed to this report.", "Marta Berzina")]
    [InlineData("CNN's Ilze Ozola, Juris Kalns and Marta Berzina contributed reporting.", "Juris Kalns")]
    [InlineData("Ilze Ozola in Riga contributed to this report.", "Ilze Ozola")]
    [InlineData("Reuters' Ilze Ozola and AFP's Marta Berzina contributed to this report.", "Marta Berzina")]
    [InlineData("ABC News' Ilze Ozola contributed to this report.", "Ilze Ozola")]
    [InlineData("ABC News' Ilze Ozola contributed to this report.", "ABC News")]
    [InlineData("The Washington Post's Ilze Ozola and Juris Kalns contributed to this report.", "Ilze Ozola")]
    public void A_contributors_line_names_reporters(string line, string reporter) =>
        Assert.Contains(PageMentions("Latvia sends troops", Lead, "The soldiers will stay for six months.", line), m => m.Source == reporter);

    [Theory]
    // Near misses: an outlet that contributed; a sentence with no name before the tail.
    [InlineData("The Associated Press contributed to this report.", "The Associated Press")]
    [InlineData("Officials said the troops contributed to this report.", "Officials")]
    [InlineData("ABC News' Ilze Ozola contributed to this report.", "ABC News' Ilze Ozola")]
    public void Other_lines_name_no_reporter(string line, string name) =>
        Assert.DoesNotContain(PageMentions("Latvia sends troops", Lead, line), m => m.Source == name);

    [Theory]
    [InlineData("Ilze Ozola — Saturday, 10 May 2025, 12:04", "Ilze Ozola")]
    [InlineData("Ilze Ozola - 10 May 2025, 12:04", "Ilze Ozola")]
    [InlineData("By Ilze Ozola with Reuters", "Ilze Ozola")]
    // A news site's copy written with an agency's: the site is the credit.
    [InlineData("By Infobae with EFE", "Infobae")]
    public void A_byline_line_with_its_date_or_agency_names_its_writer(string line, string writer) =>
        Assert.Contains(PageMentions("Latvia sends troops", line, Lead), m => m.Source == writer);

    [Fact]
    public void A_sign_off_with_an_address_names_its_writer() =>
        Assert.Contains(PageMentions("Latvia sends troops", Lead, "The soldiers will stay for six months.", "Ilze Ozola ilze.ozola@example.lv"), m => m.Source == "Ilze Ozola");

    [Theory]
    // Near misses: a place over a dash and a year; an address with no name.
    [InlineData("Daugavpils Region — the eastern border, 2025", "Daugavpils Region")]
    [InlineData("Send Tips to tips@example.lv", "Send Tips")]
    // A date with no year, an address with no "@": no digit or "@" in the line, so it is not read as one.
    [InlineData("Ilze Ozola — Saturday, the tenth of May", "Ilze Ozola")]
    [InlineData("Ilze Ozola ilze.ozola.example.lv", "Ilze Ozola")]
    public void Other_lines_with_dates_or_addresses_name_no_writer(string line, string name) =>
        Assert.DoesNotContain(PageMentions("Latvia sends troops", Lead, line), m => m.Source == name);
}
