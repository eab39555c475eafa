namespace Analysis.Tests.Extraction.Sources;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A research body's staff named after its name or acronym ("ISW analysts said", "RUSI researchers estimate", "an IISS expert
/// said", an acronym the document defined) speak for the institute, as "analysts at the ISW" already did: before, the figure
/// went to bare "analysts" and the institute was not cited at all. Only a body of kind other: a state service's analysts ("NIS analysts") stay as they were, and
/// a named analyst after the acronym is the person. The sentences are ours.
/// </summary>
public class InstituteStaffTests
{
    [Theory]
    [InlineData("ISW analysts estimated that some 9,000 Russian reservists had reached the front.", "Institute for the Study of War")]
    [InlineData("RUSI researchers say about 9,000 Russian reservists had reached the front.", "Royal United Services Institute")]
    [InlineData("An IISS expert said about 9,000 Russian reservists had reached the front.", "International Institute for Strategic Studies")]
    [InlineData("Institute for the Study of War analysts put the number of reservists at the front at 9,000.", "Institute for the Study of War")]
    // An institute the kit knows only from the document: its acronym defined, or its name in capitals.
    [InlineData("The Nordic Security Research Centre (NSRC) released a study. NSRC analysts said 9,000 Russian reservists had reached the front.", "Nordic Security Research Centre")]
    [InlineData("Nordic Security Research Centre researchers said 9,000 Russian reservists had reached the front.", "Nordic Security Research Centre")]
    // Near misses: the body after a link was already the voice; an analyst named after the acronym is the person.
    [InlineData("Analysts at the ISW estimated that some 9,000 Russian reservists had reached the front.", "Institute for the Study of War")]
    [InlineData("IISS analyst Maria Lind said about 9,000 Russian reservists had reached the front.", "Maria Lind")]
    public void The_institute_speaks_through_its_staff(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);

    [Theory]
    [InlineData("ISW analysts estimated that some 9,000 Russian reservists had reached the front.", "Institute for the Study of War")]
    [InlineData("CSIS experts said 9,000 Russian reservists had reached the front.", "Center for Strategic and International Studies")]
    public void The_institute_is_the_cited_source(string text, string source) =>
        Assert.Contains(Mentions(text), m => m.Source == source);

    // A run of countries or blocs before the staff noun ("Ukrainian and Western analysts") says whose analysts they are: no
    // institute of that name.
    [Theory]
    [InlineData("Ukraine and Western analysts say Russia has kept about 150,000 troops near the border.", "Ukraine and Western")]
    [InlineData("Ukrainian and British experts say Russia has kept about 150,000 troops near the border.", "Ukrainian and British")]
    [InlineData("Poland and European analysts believe Russia has kept about 150,000 troops near the border.", "Poland and European")]
    public void Countries_analysts_are_no_institute(string text, string notSource) =>
        Assert.DoesNotContain(Mentions(text), m => m.Source == notSource);

    [Theory]
    [InlineData("Ukraine and Western analysts say Russia has kept about 150,000 troops near the border.", "Western analysts")]
    [InlineData("Ukrainian and British experts say Russia has kept about 150,000 troops near the border.", "Ukrainian experts")]
    // Near miss: a research body's name ends in a noun, even one holding a compass word.
    [InlineData("Centre for Eastern Studies researchers estimate Russia has kept about 150,000 troops near the border.", "Centre for Eastern Studies")]
    public void The_voices_are_the_countries(string text, string origin) =>
        Assert.Equal(origin, Assert.Single(Counts(text)).AttributedTo);
}
