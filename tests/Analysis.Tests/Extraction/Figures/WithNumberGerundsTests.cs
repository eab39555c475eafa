namespace Analysis.Tests.Extraction.Figures;

using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// "with" and a number, then a gerund of what a force does, after a troop figure of the same sentence: a part of it with no
/// troop noun ("Kenya sent 1,000 police officers, with 400 arriving on Tuesday", "about 45,000 served in Vietnam, with 521
/// losing their lives", "10,000 in the country, with 3,161 fighting alongside Afghan units"), as wire copy and fact boxes
/// write it. Gerunds anyone does ("living", "working", "landing"), and a "with" after a count of other people, are no such part.
/// </summary>
public class WithNumberGerundsTests
{
    [Theory]
    [InlineData("Kenya sent 1,000 police officers, with 400 arriving on Tuesday.", 400d)]
    [InlineData("NATO will send 1,000 soldiers, with 250 coming from Spain.", 250d)]
    [InlineData("The bill covers 1,200 troops, with 400 going to Mali.", 400d)]
    [InlineData("The firm had about 1,500 men in Angola, with around 400 operating near the diamond fields.", 400d)]
    [InlineData("Some 3,000 Marines are in Darwin, with 1,200 training at Robertson Barracks.", 1_200d)]
    [InlineData("Germany has 1,100 soldiers in Lithuania, with 300 heading home this month.", 300d)]
    [InlineData("The army moved 5,000 soldiers to the frontier, with 2,000 guarding the passes.", 2_000d)]
    public void Counts_the_part_a_troop_gerund_follows(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value);

    [Theory]
    [InlineData("About 45,000 Australian troops served in Vietnam, with 521 losing their lives.", 521d)]
    public void Counts_the_dead_a_gerund_of_dying_follows(string passage, double value) =>
        Assert.Contains(Counts(passage), c => c.Value == value && c.Kind == Analysis.Extraction.TroopKind.Casualties);

    [Theory]
    [InlineData("The town has 3,000 residents, with 400 living near the base.")]
    [InlineData("The camp took in 1,200 refugees from the fighting, with 400 arriving on Tuesday.")]
    [InlineData("The airline carried 1,200 passengers to the army base, with 400 arriving on Tuesday.")]
    [InlineData("The regiment fired 3,000 shells, with 400 landing near the village.")]
    [InlineData("The base employs 3,000 civilians, with 400 working in the kitchens.")]
    [InlineData("The Pentagon has 2,500 troops in Iraq, with about 900 working at Ain al-Asad.")]
    public void Does_not_count_gerunds_anyone_does_or_parts_of_other_people(string passage) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value is 400 or 900);
}
