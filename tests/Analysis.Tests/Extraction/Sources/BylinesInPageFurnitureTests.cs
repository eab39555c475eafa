namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// Names in a page's furniture as pages are pasted: a byline's writers with a job in lower case, a second writer after "with", an
/// e-mail address after the name, a byline between the bars of a heading line, a name alone under the date line or over an
/// address, a contributor filed from a city and its country, the labels "Story by" and "Reporter:" (sources, none the voice of
/// a figure); and the names that are none: a credit's editors, a desk, a photo credit labelled "Photo credits:". The sentences
/// are ours.
/// </summary>
public class BylinesInPageFurnitureTests
{
    private const string Headline = "Troops arrive";
    private const string Lead = "About 900 Estonian soldiers reached the base on Monday.";

    [Theory]
    [InlineData("By Ilse Varnholm, staff reporter", "Ilse Varnholm")]
    [InlineData("By Ilse Varnholm, foreign desk", "Ilse Varnholm")]
    [InlineData("By Ilse Varnholm with Oskar Tamm in Tallinn", "Oskar Tamm")]
    [InlineData("BY ILSE VARNHOLM [ilse.varnholm@example.com]", "Ilse Varnholm")]
    [InlineData("ANALYSIS | By Ilse Varnholm | Published 3 March 2025", "Ilse Varnholm")]
    [InlineData("3 March 2025 | By Ilse Varnholm | Analyst", "Ilse Varnholm")]
    [InlineData("Posted: 03.03.2025 09:40\nIlse Varnholm", "Ilse Varnholm")]
    [InlineData("Ilse Varnholm\nilse.varnholm@example.com", "Ilse Varnholm")]
    [InlineData("Story by Ilse Varnholm", "Ilse Varnholm")]
    [InlineData("Reporter: Ilse Varnholm", "Ilse Varnholm")]
    public void A_byline_above_the_story_names_its_writer(string furniture, string writer) =>
        Assert.Contains(PageMentions(Headline, furniture, Lead), m => m.Source == writer);

    [Theory]
    [InlineData("Associated Press writer Oskar Tamm in Tartu, Estonia, contributed to this report.", "Oskar Tamm")]
    [InlineData("Compiled by Oskar Tamm, with agencies", "Oskar Tamm")]
    public void A_credit_below_the_story_names_its_writer(string furniture, string writer) =>
        Assert.Contains(PageMentions(Headline, Lead, furniture), m => m.Source == writer);

    [Theory]
    [InlineData("(Reporting by Oskar Tamm; Editing by Piret Laan)", "Piret Laan")]
    [InlineData("(Reporting by Oskar Tamm, Tallinn Newsroom; editing by Piret Laan)", "Tallinn Newsroom")]
    [InlineData("Edited by Piret Laan", "Piret Laan")]
    // Near misses: prose after "By".
    [InlineData("By Tuesday evening, the first units had reached the base.", "Tuesday")]
    [InlineData("By the end of March, the base held about 900 soldiers.", "the end")]
    public void An_editor_or_a_desk_names_no_source(string furniture, string name) =>
        Assert.DoesNotContain(PageMentions(Headline, Lead, furniture), m => m.Source == name);

    [Theory]
    [InlineData("Photo credits: Reuters", "Reuters")]
    // Near misses: a release's label under its date, a caption's sentence with no date line under it.
    [InlineData("15 March 2025\nMedia Statement", "Media Statement")]
    [InlineData("Soldiers unload crates at the base on March 3.", "Soldiers")]
    public void Furniture_above_the_story_that_names_no_source(string furniture, string name) =>
        Assert.DoesNotContain(PageMentions(Headline, furniture, Lead), m => m.Source == name);

    [Theory]
    // Near misses: read as a byline or not, the writers voice none of the story's figures.
    [InlineData("By Ilse Varnholm with Oskar Tamm in Tallinn")]
    [InlineData("ANALYSIS | By Ilse Varnholm | Published 3 March 2025")]
    public void A_byline_voices_no_figure(string furniture) =>
        Assert.Null(Of($"{Headline}\n\n{furniture}\n\n{Lead}\n", 900).AttributedTo);
}
