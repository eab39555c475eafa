namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A speaker named by the office he holds ("the head of X said", "NATO's secretary-general said"): with no holder named, the
/// body the office heads, as the DevSet header names "the head of Uganda's military" the Ugandan military; with the holder
/// named in the next sentence as the one who goes on speaking, that person (the header's "a U.S. spokesman said" followed
/// by "Col. X added"). The sentences are ours.
/// </summary>
public class DescribedOfficesTests
{
    [Theory]
    // The office closes the sentence after a place's name and a comma: the comma ends the figure's clause, it sets no title
    // beside a person's name.
    [InlineData("About 7,000 Russian soldiers are massed near Belgorod, the head of Ukraine's military intelligence said on Friday.", 7000, "Ukrainian military intelligence")]
    [InlineData("Some 400 North Korean soldiers were wounded near Sudzha, the chief of South Korea's spy agency said.", 400, "National Intelligence Service")]
    [InlineData("Russia has moved about 7,000 soldiers into Donetsk, the head of Ukraine's military intelligence has said.", 7000, "Ukrainian military intelligence")]
    // Near misses (the same on the first build): the holder set off after the body is the speaker; an office that does
    // not speak gives no voice.
    [InlineData("About 7,000 Russian soldiers are massed near Belgorod, the head of Ukraine's military intelligence, Kyrylo Budanov, said.", 7000, "Kyrylo Budanov")]
    [InlineData("About 7,000 Russian soldiers are massed near Belgorod, where the head of Ukraine's military intelligence was wounded.", 7000, null)]
    public void Office_after_a_place_and_a_comma(string text, double value, string? origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        if (origin is not null) Assert.Contains(origin, Sources(text));
    }

    [Theory]
    // An international body's office written with a hyphen is one office word, as "secretary general" is.
    [InlineData("NATO's secretary-general said 40,000 allied soldiers would be on high alert.", 40000, "NATO")]
    [InlineData("Some 40,000 allied soldiers will be on high alert, the NATO secretary-general said.", 40000, "NATO")]
    // Near miss (the same on the first build): the holder named beside it speaks.
    [InlineData("NATO's secretary-general, Jens Stoltenberg, said 40,000 allied soldiers would be on high alert.", 40000, "Jens Stoltenberg")]
    public void Hyphenated_office_of_a_body(string text, double value, string origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        Assert.Contains(origin, Sources(text));
    }

    [Theory]
    // The holder named for the first time in the next sentence, as its speaker: "the head of" before the body, or after an
    // opening phrase and a comma.
    [InlineData("About 7,000 Russian soldiers are massed near Belgorod, the head of Ukraine's military intelligence said. Kyrylo Budanov added that more were coming.", 7000, "Kyrylo Budanov")]
    [InlineData("NATO's secretary-general said on Monday that 40,000 allied soldiers would be on high alert. Asked about Russia, Jens Stoltenberg told reporters the alliance was ready.", 40000, "Jens Stoltenberg")]
    // A person of another office in the next sentence is not the holder: the office stays the body it heads.
    [InlineData("About 7,000 Russian soldiers are massed near Belgorod, the head of Ukraine's military intelligence said. President Volodymyr Zelensky added that more were coming.", 7000, "Ukrainian military intelligence")]
    // Near miss (the same on the first build): a person set beside another office after the comma is not the holder.
    [InlineData("NATO's top commander said 40,000 allied soldiers would be on high alert. On Monday, Jens Stoltenberg, the alliance's secretary-general, said talks would go on.", 40000, "NATO")]
    public void Holder_named_in_the_next_sentence(string text, double value, string origin) =>
        Assert.Equal(origin, Count(text, value).AttributedTo);
    [Theory]
    // An international body's office whose holder the story named before with that office, in his title or beside his name.
    [InlineData("NATO Secretary-General Jens Stoltenberg visited Vilnius on Friday. The NATO chief said 40,000 allied soldiers would be on high alert.", 40000, "Jens Stoltenberg")]
    [InlineData("Jens Stoltenberg, NATO's secretary-general, visited Vilnius on Friday. Some 40,000 allied soldiers will be on high alert, NATO's secretary-general said.", 40000, "Jens Stoltenberg")]
    // Near misses (the same on the first build): another office of the body; the person named with no office; two holders named.
    [InlineData("NATO Secretary-General Jens Stoltenberg visited Vilnius on Friday. NATO's top commander said 40,000 allied soldiers would be on high alert.", 40000, "NATO")]
    [InlineData("Jens Stoltenberg visited Vilnius on Friday. The NATO chief said 40,000 allied soldiers would be on high alert.", 40000, "NATO")]
    [InlineData("NATO Secretary-General Jens Stoltenberg met Mark Rutte, his successor as NATO chief, on Friday. The NATO chief said 40,000 allied soldiers would be on high alert.", 40000, "NATO")]
    public void Holder_named_before(string text, double value, string origin)
    {
        Assert.Equal(origin, Count(text, value).AttributedTo);
        Assert.Contains(origin, Sources(text));
    }
}
