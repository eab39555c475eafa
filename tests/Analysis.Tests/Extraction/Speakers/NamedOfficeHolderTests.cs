namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An office cited without its holder is the person the next sentence opens with, when that person holds no other office
/// : "Ukraine's military intelligence chief says … . Lt Gen Kyrylo Budanov told …", "…, a Ukrainian lawmaker
/// said. Maryan Zablotskyy, who chairs …, said". Sentences of our own in the shapes of real reporting (Yahoo News, CBC, AP);
/// the negative rows keep the office's body where the next person is someone else.
/// </summary>
public class NamedOfficeHolderTests
{
    [Theory]
    [InlineData("Ukraine's military intelligence chief says about 9,000 North Korean soldiers are training in Russia's east. Lt Gen Kyrylo Budanov told reporters they would reach the front within weeks.", 9000, "Kyrylo Budanov")]
    [InlineData("About 9,000 North Korean soldiers are training in Russia's east, Ukraine's military intelligence chief said. Maj. Gen. Kyrylo Budanov told a news conference they would reach the front within weeks.", 9000, "Kyrylo Budanov")]
    [InlineData("Some 40 Cuban recruits have been killed fighting for Russia, a Ukrainian lawmaker said on Tuesday. Maryan Zablotskyy, who leads a group on Cuba in parliament, said more had died unnamed.", 40, "Maryan Zablotskyy")]
    [InlineData("Lithuania's intelligence chief said about 4,000 Wagner fighters were still in Belarus. Darius Jauniskis, the head of the service, told reporters most had moved east.", 4000, "Darius Jauniskis")]
    public void The_office_is_the_holder_named_next(string document, double value, string origin) =>
        Assert.Equal(origin, Of("Troops story\n\n" + document, value).AttributedTo);

    [Theory]
    // The next person holds another office.
    [InlineData("Poland's defence minister said 2,000 troops would go to the border. President Andrzej Duda said the move was temporary.", 2000, "Andrzej Duda")]
    [InlineData("Lithuania's intelligence chief said about 4,000 Wagner fighters were still in Belarus. Gabrielius Landsbergis, the foreign minister, told reporters most had moved east.", 4000, "Gabrielius Landsbergis")]
    // The next person does not open the sentence: a quoted analyst, not the holder.
    [InlineData("Ukraine's military intelligence chief says about 9,000 North Korean soldiers are training in Russia's east. The figure is plausible, analyst Jan Kowalski told reporters.", 9000, "Jan Kowalski")]
    // Named before: someone already in the story, not the office's holder introduced.
    [InlineData("Andrzej Duda visited the base on Monday. Poland's defence minister said 2,000 troops would go to the border. Andrzej Duda said the move was temporary.", 2000, "Andrzej Duda")]
    public void The_office_is_not_another_person(string document, double value, string other) =>
        Assert.NotEqual(other, Of("Troops story\n\n" + document, value).AttributedTo);
}
