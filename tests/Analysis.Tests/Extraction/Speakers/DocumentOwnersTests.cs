namespace Analysis.Tests.Extraction.Speakers;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An owned document speaks for its owner: one introduced with its signer or issuer ("the minister signed a directive", "the
/// president's decree", "a memo from the ministry") and then named again by its noun as a sentence's voice ("The directive
/// states …", "According to the decree, …", "“…,” the memorandum signed by X reads.") gives that sentence's figures to its owner;
/// so does a document cited only by what it is ("according to an official document") after its owner's signing.
/// </summary>
public class DocumentOwnersTests
{
    [Theory]
    // The document named again in a later sentence, after its signer.
    [InlineData("Troops\n\nDefence Minister Ben Wallace signed a directive on Friday.\n\nThe directive states that 450 soldiers will join the battlegroup in Estonia.", 450, "Ben Wallace")]
    [InlineData("Troops\n\nPresident Vladimir Putin on Tuesday signed a decree on the spring draft.\n\nAccording to the decree, 147,000 conscripts will be called up from April to July.", 147000, "Vladimir Putin")]
    [InlineData("Troops\n\nPresident Vladimir Putin has issued a new decree on the armed forces.\n\nThe decree also stipulates that the army will grow by 90,000 servicemen.", 90000, "Vladimir Putin")]
    // The signer nearest the document, not the speaker who reported the signing.
    [InlineData("Troops\n\nThe Ukrainian president, Volodymyr Zelensky, said Vladimir Putin had signed a decree on Friday.\n\nThe decree says 100,000 reservists will be called up.", 100000, "Vladimir Putin")]
    // A spelling of the same kind of document ("memorandum" named again as "the memo").
    [InlineData("Troops\n\nDefence Minister Ben Wallace sent a memorandum to the army chiefs.\n\nThe memo says 600 more soldiers will be ready to deploy by June.", 600, "Ben Wallace")]
    // The owner named in the document's own phrase, with a verb only a document speaks by.
    [InlineData("Troops\n\n\"Up to 250 members of the Ohio National Guard will be called into federal service,\" the memorandum signed by Pete Hegseth reads.", 250, "Pete Hegseth")]
    // Cited only by what it is, after its owner signed it in the same sentence.
    [InlineData("Troops\n\nDefence Minister Ben Wallace signed an order sending up to 350 soldiers to Kosovo, according to an official document seen on Monday.", 350, "Ben Wallace")]
    public void The_document_speaks_for_its_owner(string document, double value, string origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);

    [Theory]
    // Near misses: a sentence whose own speaker gives the figure stays that speaker's, though it names the document.
    [InlineData("Troops\n\nPresident Vladimir Putin on Tuesday signed a decree on the spring draft.\n\nThe decree will call up 147,000 conscripts, Defence Minister Sergei Shoigu said.", 147000, "Sergei Shoigu")]
    // Near misses: a document of another kind named before is no owner of this one.
    [InlineData("Troops\n\nDefence Minister Ben Wallace signed a directive on Friday.\n\nThe letter says 450 soldiers will join the battlegroup in Estonia.", 450, null)]
    public void Other_voices_and_other_documents_are_left_alone(string document, double value, string? origin) =>
        Assert.Equal(origin, Of(document, value).AttributedTo);
}
