namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// People of a country counted with no troop noun ("some 4,000 North Koreans had been killed or wounded", "26 Irishmen died
/// in the Congo") in an article that counted that country's troops paragraphs before, with remarks between that count nothing
/// and name other things (a briefing's staff, a quote), so that no sentence right before the figure speaks of troops: they are
/// that force's troops. Near misses: another country's people; the force's own people named as civilians, hostages, refugees
/// or the dead of an attack on homes, of terror attacks or of a disaster; people of a country in an article that counted no
/// troops of it. The sentences are ours, in the shapes of the reporting on the North Korean, Cuban, Irish and Georgian troops.
/// </summary>
public class PeopleOfCountedForceTests
{
    // A page: its headline, a paragraph that counts the force, two that count nothing, then the figure's paragraph.
    private static string Page(string force, string sentence) =>
        "The war\n\n" + force + "\n\n"
        + "The ministry briefed the committee behind closed doors. Its staff took no questions.\n\n"
        + "\"This is a clear breach of the UN Charter,\" a spokesman said. \"We will respond.\"\n\n"
        + "The count is disputed. " + sentence + "\n";

    private const string NorthKorea = "North Korea has sent about 11,000 troops to Russia, South Korea's spy agency said.";
    private const string Cuba = "Cuba kept as many as 50,000 troops in Angola at the height of the war.";
    private const string Ireland = "Ireland sent its first battalion of about 700 soldiers to the Congo in July 1960.";
    private const string Georgia = "Georgia has about 1,560 soldiers in Helmand province, the defence ministry said.";
    private const string Ukraine = "Ukraine has about 50,000 troops in the Kharkiv region, its general staff said.";

    [Theory]
    [InlineData(NorthKorea, "Zelensky said in February that some 4,000 North Koreans had been killed or wounded.", 4000, "North Korea")]
    [InlineData(NorthKorea, "At least 1,200 North Koreans have been killed, Seoul estimates.", 1200, "North Korea")]
    [InlineData(NorthKorea, "Kyiv says at least 100 North Koreans are missing.", 100, "North Korea")]
    [InlineData(Cuba, "He said 2,016 Cubans had died in Angola since 1975.", 2016, "Cuba")]
    [InlineData(Ireland, "In all, 26 Irishmen died in the Congo.", 26, "Ireland")]
    [InlineData(Georgia, "A total of 31 Georgians have died in Helmand.", 31, "Georgia")]
    public void People_of_the_counted_force_who_fell_are_its_casualties(string force, string sentence, double value, string subject)
    {
        var count = Of(Page(force, sentence), value);
        Assert.Equal(TroopKind.Casualties, count.Kind);
        Assert.Equal(subject, count.Subject);
    }

    [Theory]
    [InlineData(NorthKorea, "There are already 12,000 North Koreans in the region, Zelensky said.", 12000)]
    [InlineData(NorthKorea, "Officials there believe some 15,000 North Koreans have been deployed in the region.", 15000)]
    [InlineData(Georgia, "Over the years some 11,500 Georgians have served in Afghanistan.", 11500)]
    public void People_of_the_counted_force_who_are_there_are_its_troops(string force, string sentence, double value) =>
        Assert.Equal(TroopKind.Deployment, Of(Page(force, sentence), value).Kind);

    [Theory]
    [InlineData(NorthKorea, "Officials said 300 Ukrainians died in the shelling of Sumy last month.", 300)]
    [InlineData(NorthKorea, "Around 15,000 North Koreans work on building sites in Russia, the agency said.", 15000)]
    [InlineData(NorthKorea, "Some 600 North Koreans died in floods in the north last summer, aid groups said.", 600)]
    [InlineData(Ukraine, "Officials said 12 Ukrainians were killed when a missile hit an apartment block in Dnipro.", 12)]
    [InlineData(Ukraine, "At least 20 Ukrainians died when a drone struck a residential building.", 20)]
    [InlineData(Cuba, "Some 125,000 Cubans left for Florida in the 1980 boatlift.", 125000)]
    [InlineData("Cuba has sent doctors to dozens of countries since the 1960s.", "Some 2,000 Cubans died abroad over the decades, the ministry said.", 2000)]
    [InlineData("An airliner crashed shortly after take-off from Nairobi on Sunday.", "Officials said 32 Kenyans were killed.", 32)]
    public void Others_and_people_of_no_counted_force_are_not(string opening, string sentence, double value) =>
        Assert.DoesNotContain(DocumentCounts(Page(opening, sentence)), c => c.Value == value);

    // "nearly 3,000 Americans died in the terror attacks of 2001", "35 Iraqis died in the market bombing": a clause that names
    // its people as others a war harms counts no troops, even in a passage about troops.
    [Theory]
    [InlineData("The United States has 160,000 troops in Iraq. Nearly 3,000 Americans died in the terror attacks of 2001.", 3000)]
    [InlineData("The United States has 160,000 troops in Iraq. At least 35 Iraqis died in the market bombing, police said.", 35)]
    public void A_toll_of_others_beside_troops_is_not_theirs(string passage, double value) =>
        Assert.DoesNotContain(Counts(passage), c => c.Value == value);
}
