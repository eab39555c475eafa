namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Voices of the war in Ukraine whom live blogs, headlines and later paragraphs name by surname alone, and translations by
/// another transliteration ("Prigozhin says", "Konashenkov said", "Zaluzhny told", "Prigoschin"): one person each, by the name the
/// gazetteer gives them. Another person of the same surname, named in full, stays themselves.
/// </summary>
public class WarVoicesBySurnameTests
{
    [Theory]
    [InlineData("07:30 Prigozhin says 25,000 of his men are ready to march with him.", "Yevgeny Prigozhin")]
    [InlineData("According to Prigoschin, about 20,000 Wagner fighters were killed in Bakhmut.", "Yevgeny Prigozhin")]
    [InlineData("More than 300 Ukrainian soldiers were killed near Kupiansk over the past day, Konashenkov told a briefing.", "Igor Konashenkov")]
    [InlineData("Medvedev said on Wednesday that some 500 Russian peacekeepers would stay in the buffer zone.", "Dmitry Medvedev")]
    [InlineData("Zaluzhny said the army had asked for 450,000 to 500,000 more men next year.", "Valerii Zaluzhnyi")]
    [InlineData("Reznikov told the Rada that about 700,000 Ukrainians were under arms.", "Oleksii Reznikov")]
    [InlineData("About 1,000 North Korean soldiers were moved to the front in January, Yusov told the telethon.", "Andriy Yusov")]
    [InlineData("Malyar said on Monday that some 2,000 Ukrainian soldiers had returned from captivity.", "Hanna Maliar")]
    public void One_person(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    [Theory]
    // Another person of the surname, named in full, is not the war's voice.
    [InlineData("Coach Igor Medvedev said 3,000 fans would travel to the final.", "Dmitry Medvedev")]
    [InlineData("About 40 soldiers were hurt, the brigade's spokesman Oleg Kuleba said.", "Dmytro Kuleba")]
    public void Not_the_person(string text, string source) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == source);
}
