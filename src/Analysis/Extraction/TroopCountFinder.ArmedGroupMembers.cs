namespace Analysis.Extraction;

using Analysis.Vocabulary;

/// <summary>
/// An armed group's members are its fighters: in a sentence that names an armed group (armed_group_context: "the group",
/// "Islamic State", "al-Shabaab"), a noun that counts troops only in context ("members") counts them ("Islamic State still has
/// some 10,000 members in Iraq and Syria"). The names make no sentence about troops for the other rules: "1,300 Israelis were
/// killed in the Hamas attack" counts people.
/// </summary>
internal sealed partial class TroopCountFinder
{
    private readonly PhraseMatcher armedGroupContext;
}
