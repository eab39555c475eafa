namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People as speakers: an honorific that opens a name in apposition ("the defence minister, Mr Igor Volkov, said")
/// is not part of it; a title before a lone surname ("General Haddad was quoted as saying", "President Lopez said") names the
/// person the document named in full before, not a one-word person of its own. Each rule with its near misses.
/// </summary>
public class HonorificsAndTitledSurnamesTests
{
    [Theory]
    // An honorific in apposition, with or without its stop.
    [InlineData("The Russian Defence Minister, Mr Igor Volkov, said 3,600 soldiers would stay in the province.", "Igor Volkov")]
    [InlineData("The Russian Defence Minister, Mr. Igor Volkov, said 3,600 soldiers would stay in the province.", "Igor Volkov")]
    [InlineData("About 600 soldiers will go, the country's army chief, Dr Anna Berg, said on Monday.", "Anna Berg")]
    // A title before a lone surname: the person named in full before.
    [InlineData("Brigadier General Omar Haddad toured the base on Monday.\n\nAbout 625 soldiers will stay, General Haddad told reporters.", "Omar Haddad")]
    [InlineData("President Maria Lopez spoke on Monday. About 88 foreign soldiers remain in the country, President Lopez said.", "Maria Lopez")]
    public void The_person_speaks(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // The honorific is no part of the name.
    [InlineData("The Russian Defence Minister, Mr Igor Volkov, said 3,600 soldiers would stay in the province.", "Mr Igor Volkov")]
    // A titled lone surname that no one named before stays the surname; another person's surname is not theirs.
    [InlineData("About 625 soldiers will stay, General Haddad told reporters.", "Omar Haddad")]
    [InlineData("Brigadier General Omar Haddad toured the base on Monday.\n\nAbout 625 soldiers will stay, General Karimi told reporters.", "Omar Haddad")]
    public void Not_the_name(string passage, string voice) =>
        Assert.DoesNotContain(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    // Near misses: an honorific with no office before it, and a lone surname after a title with no one named before, keep their readings.
    [InlineData("Mr Igor Volkov said 3,600 soldiers would stay in the province.", "Igor Volkov")]
    [InlineData("About 625 soldiers will stay, General Haddad told reporters.", "Haddad")]
    [InlineData("Brigadier General Omar Haddad toured the base on Monday.\n\nAbout 625 soldiers will stay, General Karimi told reporters.", "Karimi")]
    public void The_reading_stays(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);
}
