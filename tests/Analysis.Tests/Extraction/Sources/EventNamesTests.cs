namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// An event's name ("Kagera War", "Suez Crisis", "Tet Offensive") is no one's voice, before a heading's colon or in the text;
/// a person's name of the same shape still speaks.
/// </summary>
public class EventNamesTests
{
    [Theory]
    [InlineData("Kagera War: what the victory cost\n\nOf the 45,000 Tanzanian troops thrown into the war, only 15,000 were regular soldiers.", "Kagera War")]
    [InlineData("Suez Crisis: the first peacekeepers\n\nSome 6,000 soldiers from ten countries served in the force.", "Suez Crisis")]
    [InlineData("Tet Offensive: the toll\n\nAbout 4,000 American soldiers were killed in the fighting, the Pentagon said.", "Tet Offensive")]
    public void An_event_is_no_voice(string document, string name) =>
        Assert.DoesNotContain(DocumentMentions(document), m => m.Source == name);

    [Fact]
    public void A_heading_person_still_speaks() =>
        Assert.Contains(DocumentMentions("Anna Berg: 4,000 more troops needed\n\nThe army needs about 4,000 more soldiers in the north."), m => m.Source == "Anna Berg");
}
