namespace Analysis.Tests.Extraction.Speakers;

/// <summary>
/// Whose words a figure is, by categories of real reporting: a
/// release's first line names its issuer without a colon ("U.S. Northern Command news release", "Statement from Governor X"),
/// and the issuer speaks for the sentences below that cite no one (oki-08, lng25-02, lng25-11); "Speaker" before a name is a
/// title, not part of it (fin25-04); a demonym in an outlet's description ("told the American outlet The War Zone", "as quoted by
/// the South African portal News24", "told the Saudi broadcaster Al Arabiya") leaves the outlet told or quoting (nk8-05, moz-04,
/// syr-04). Each rule with rows where it applies and rows where the same words must not change the
/// answer. The sentences are ours, in real shapes.
/// </summary>
public class ReleaseIssuersTests
{
    [Theory]
    // The issuer before a title that ends the first line speaks for the text below.
    [InlineData("Task Force Nile news release\n\nCAMP LEMONNIER, Djibouti - About 400 soldiers of the 3rd Brigade arrived this week for a nine-month rotation.", 400, "Task Force Nile", "")]
    [InlineData("U.S. Northern Command news release\n\nPETERSON SPACE FORCE BASE, Colo. - Some 600 Marines of the 1st Battalion are joining the task force in San Diego.", 600, "U.S. Northern Command", "")]
    [InlineData("Statement from Governor Jane Holm\n\nThis morning the Secretary of the Army ordered 300 members of our National Guard into federal service.", 300, "Jane Holm", "")]
    // A sentence below that cites its own voice keeps it.
    [InlineData("Task Force Nile news release\n\nAbout 400 soldiers of the 3rd Brigade arrived this week, Colonel Ann Lee said.", 400, "Ann Lee", "")]
    // Not a headline that only ends in "release", nor one word before the title, nor a title line below the first.
    [InlineData("Ministry confirms hostage release\n\nAbout 400 soldiers of the 3rd Brigade arrived this week for a nine-month rotation.", 400, null, "")]
    [InlineData("Delayed news release\n\nAbout 400 soldiers of the 3rd Brigade arrived this week for a nine-month rotation.", 400, null, "")]
    [InlineData("Border live\n\nTask Force Nile news release\n\nAbout 400 soldiers of the 3rd Brigade arrived this week for a nine-month rotation.", 400, null, "")]
    public void A_release_first_line_names_its_issuer_without_a_colon(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // A statement's or a communique's first line that names its issuer so, as forces and missions head what they post.
    [InlineData("U.S. Forces Korea statement\n\nU.S. Forces Korea is aware of media reports. The 28,500 troops remain on the peninsula.", 28500, "U.S. Forces Korea", "")]
    [InlineData("Rwanda Defence Force statement\n\nAbout 300 more troops have been deployed to Cabo Delgado.", 300, "Rwanda Defence Force", "")]
    [InlineData("Pentagon statement\n\nAbout 300 U.S. troops will conduct flights over Guyana this week.", 300, "Pentagon", "")]
    // A regional mission known by its acronym alone.
    [InlineData("ECOMIG statement\n\nThe Mission will reduce its troops to five hundred (500) men from Senegal, Nigeria and Ghana.", 500, "ECOMIG", "")]
    // Not a headline whose verb comes before a name and "statement".
    [InlineData("Kremlin dismisses NATO statement\n\nAbout 300 U.S. troops will conduct flights over Guyana this week.", 300, null, "")]
    [InlineData("Russia rejects UN statement\n\nAbout 300 U.S. troops will conduct flights over Guyana this week.", 300, null, "")]
    public void A_statement_first_line_names_its_issuer(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // The issuer, its seat after a comma, a dash and a release's noun, perhaps dated: the issuer speaks for the text below,
    // and a ministry takes its country from its seat.
    [InlineData("Ministry of Defence, Vilnius - press statement, 4 March 2024\n\nSome 800 soldiers of the brigade have arrived at Rukla.", 800, "Lithuanian Defense Ministry", "")]
    [InlineData("Estonian Defence Forces – statement\n\nAbout 300 conscripts will join the exercise next week.", 300, "Estonian Defense Forces", "")]
    // Not a dash before other words, nor a release's noun on a line below the first under the title.
    [InlineData("Ministry of Defence, Vilnius - more soldiers due\n\nSome 800 soldiers of the brigade have arrived at Rukla.", 800, null, "")]
    [InlineData("Baltic live\n\nLatest\n\nMinistry of Defence, Vilnius - press statement\n\nSome 800 soldiers of the brigade have arrived at Rukla.", 800, null, "")]
    public void A_release_first_line_names_its_issuer_before_a_dash(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // "Speaker" before a name is the holder's title.
    [InlineData("Helsinki\n\nThe country could call up some 250,000 reservists within weeks, parliament Speaker Anna Virtanen told reporters.", 250000, "Anna Virtanen", "")]
    [InlineData("Washington\n\nAbout 2,000 more troops will go to the border, House Speaker John Miller said on Tuesday.", 2000, "John Miller", "")]
    // A name without the title stays as it is.
    [InlineData("Helsinki\n\nThe country could call up some 250,000 reservists within weeks, Anna Virtanen told reporters.", 250000, "Anna Virtanen", "")]
    public void Speaker_before_a_name_is_a_title(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);

    [Theory]
    // A demonym among the words that describe an outlet leaves it the one told or quoting.
    [InlineData("Kyiv\n\nAbout 3,000 Russian soldiers have moved to the border, General Ivan Petrenko told the German newspaper Bild.", 3000, "Ivan Petrenko", "Bild")]
    [InlineData("Kyiv\n\nAbout 3,000 Russian soldiers have moved to the border, General Ivan Petrenko told the American outlet The War Zone.", 3000, "Ivan Petrenko", "The War Zone")]
    [InlineData("Kigali\n\nRwanda will send 1,500 more soldiers to Cabo Delgado, army spokesman Ronald Rwivanga said, as quoted by the British broadcaster BBC.", 1500, "Ronald Rwivanga", "BBC")]
    // Not a place named after a demonym and a noun: no outlet is told there.
    [InlineData("Seoul\n\nAbout 3,000 U.S. soldiers are stationed at Camp Humphreys, Defence Minister Ahn Kyu-back told reporters near the American base Camp Casey.", 3000, "Ahn Kyu-back", "")]
    public void A_demonym_in_an_outlet_description_leaves_it_cited(string document, double value, string? origin, string via) =>
        Extracted.AssertVoice(document, value, origin, via);
}
