namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A title before a lone surname folds it into the person the document named in full with a title ("Brigadier General Iwan
/// Kovac …", then "General Kovac said"), not into an untitled voice who shares the surname ("Anna Petrenko, a teacher, said …",
/// then "General Petrenko said" is another person). The sentences are ours.
/// </summary>
public class TitledSurnameFoldTests
{
    [Theory]
    // An earlier untitled voice with the surname: the general stays a person of their own.
    [InlineData("Anna Petrenko, a teacher in Kharkiv, said the shelling had stopped.\n\nAbout 5,000 soldiers will stay, General Petrenko told reporters.", "Petrenko")]
    [InlineData("Marta Kovac, who runs a bakery, said the town was calm.\n\nSome 1,200 soldiers arrived on Monday, Colonel Kovac said.", "Kovac")]
    // Near miss: an earlier titled full name is the one the title and surname stand for.
    [InlineData("Brigadier General Iwan Kovac toured the base on Monday.\n\nSome 1,200 soldiers arrived on Monday, General Kovac said.", "Iwan Kovac")]
    public void The_titled_surname_speaks_as(string passage, string voice) =>
        Assert.Contains(Counts(passage), c => c.AttributedTo == voice);

    [Theory]
    [InlineData("Anna Petrenko, a teacher in Kharkiv, said the shelling had stopped.\n\nAbout 5,000 soldiers will stay, General Petrenko told reporters.", "Anna Petrenko")]
    [InlineData("Marta Kovac, who runs a bakery, said the town was calm.\n\nSome 1,200 soldiers arrived on Monday, Colonel Kovac said.", "Marta Kovac")]
    public void Not_the_untitled_namesake(string passage, string voice) =>
        Assert.DoesNotContain(Counts(passage), c => c.AttributedTo == voice);
}
