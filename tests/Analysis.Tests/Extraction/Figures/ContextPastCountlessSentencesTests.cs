namespace Analysis.Tests.Extraction.Figures;

using Analysis.Extraction;
using static Analysis.Tests.Extraction.Extracted;

/// <summary>
/// A bare number (no troop noun of its own) counts the troops of a sentence a few sentences before it when the sentences
/// between count nothing and name no other topic: a quote's speech tag, an aside on the politics or the battle. News copy
/// puts such remarks between the troop figure and a spokesman's quoted target or a later toll. A sentence between that names
/// other people, money or equipment, or that counts something else, ends the context; so does the number's own sentence
/// naming other people.
/// </summary>
public class ContextPastCountlessSentencesTests
{
    private static string Page(params string[] paragraphs) => string.Join("\n\n", paragraphs) + "\n";

    [Theory]
    [InlineData(1500d, "Ruritania to scale back mission",
        "Ruritania plans to bring home 3,500 soldiers this year.",
        "Opposition leaders in the capital want a vote before winter and accuse the cabinet of stalling.",
        "\"We are starting to leave,\" Colonel Anton Weber told reporters. \"By June we hope to have 1,500 left.\"")]
    [InlineData(300d, "Losses mount",
        "About 9,000 Ruritanian soldiers have been sent to the front.",
        "The ministry did not say where the battle took place. It gave few details.",
        "Officials counted at least 300 dead and close to 900 wounded.")]
    [InlineData(4000d, "Losses mount",
        "The minister said roughly 2,500 Ruritanian soldiers were killed or wounded in the battle.",
        "\"Near a single town the enemy lost a whole regiment.\" That was plain, the minister said in his evening address.",
        "Asked about the losses in a radio interview, he answered: \"Count them yourself. Since the autumn 4,000 have arrived.\"")]
    public void Counts_the_troops_past_countless_remarks(double value, params string[] page) =>
        Assert.Contains(DocumentCounts(Page(page)), c => c.Value == value);

    // Near misses: a sentence between about aid groups, a count of other things between, the number's own sentence naming
    // nationals, and evacuees after a flood.
    [Theory]
    [InlineData(300d, "Losses mount",
        "About 9,000 Ruritanian soldiers have been sent to the front.",
        "Aid groups say the camps near the town are full. The ministry gave few details.",
        "Officials counted at least 300 dead and close to 900 wounded.")]
    [InlineData(500d, "Riots",
        "More than 20 foreign police officers were hurt in the riots. Much of the anger was aimed at traders. Nine cars burned.",
        "Ruritania has asked the government to protect Ruritanian nationals and has found shelter for about 500 of them.")]
    [InlineData(1200d, "Floods",
        "About 9,000 Ruritanian soldiers have been sent to help.",
        "The river burst its banks on Monday. The town hall was closed.",
        "Officials said 1,200 had been evacuated.")]
    [InlineData(700d, "Losses mount",
        "About 9,000 Ruritanian soldiers have been sent to the front.",
        "The ministry did not say how much the campaign has cost. It gave few details.",
        "Officials said 700 had been paid.")]
    public void Leaves_numbers_past_another_topic(double value, params string[] page) =>
        Assert.DoesNotContain(DocumentCounts(Page(page)), c => c.Value == value);
}
