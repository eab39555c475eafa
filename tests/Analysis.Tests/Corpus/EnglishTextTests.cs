namespace Analysis.Tests.Corpus;

using Analysis.Corpus;

/// <summary>A page in another language loads, and the user is told the kit will find little in it.</summary>
public class EnglishTextTests
{
    // Our own copy, the same report in each language, long enough to judge (50 words and more).
    private const string English =
        "Some 2,500 soldiers arrived at the northern base on Tuesday, the defence ministry said in a statement. The ministry " +
        "added that a second group of about 1,200 troops would follow by the end of the month, and that the force would stay " +
        "until the spring. Officials in the capital did not say how many vehicles were sent with them, but a local paper " +
        "counted more than forty trucks on the road.";
    private const string German =
        "Rund 2.500 Soldaten sind am Dienstag auf dem nördlichen Stützpunkt eingetroffen, teilte das Verteidigungsministerium " +
        "mit. Eine zweite Gruppe von etwa 1.200 Soldaten soll bis Ende des Monats folgen, hieß es weiter, und die Truppe soll " +
        "bis zum Frühjahr bleiben. Beamte in der Hauptstadt sagten nicht, wie viele Fahrzeuge mitgeschickt wurden, doch eine " +
        "Lokalzeitung zählte mehr als vierzig Lastwagen auf der Straße.";
    private const string Polish =
        "Około 2500 żołnierzy przybyło we wtorek do bazy na północy kraju, poinformowało ministerstwo obrony. Druga grupa " +
        "licząca około 1200 żołnierzy ma dotrzeć do końca miesiąca, a siły pozostaną tam do wiosny. Urzędnicy w stolicy nie " +
        "podali, ile pojazdów wysłano razem z nimi, ale lokalna gazeta naliczyła na drodze ponad czterdzieści ciężarówek, " +
        "które jechały w stronę granicy przez całą noc i cały następny dzień.";
    private const string Russian =
        "Около 2500 военнослужащих прибыли во вторник на северную базу, сообщило министерство обороны. Вторая группа " +
        "примерно из 1200 солдат должна прибыть до конца месяца, а силы останутся там до весны.";

    [Theory]
    // text -> the start of what the user is told, none for English or a text too short to judge
    [InlineData(English, null)]
    [InlineData(German, "does not read as English")]
    [InlineData(Polish, "does not read as English")]
    [InlineData(Russian, "is written mostly in Cyrillic script")]
    // Near misses: English with many names and figures; a short line in another language says too little.
    [InlineData("Lt. Gen. Kim Min-ho, Col. Park Jae-sung, Maj. Lee Dong-won, Capt. Choi Hyun-woo and Sgt. Jung Tae-yang led 1,200 " +
        "troops, the army said. Gen. Oh Seung-hwan, Col. Han Ji-min, Maj. Yoon Sang-chul, Capt. Kang Min-jae and Lt. Seo Jun-ho " +
        "commanded 800 more in Gangwon, Gyeonggi and Chungcheong, the ministry said on Friday in Seoul.", null)]
    [InlineData("Rund 2.500 Soldaten sind am Dienstag eingetroffen.", null)]
    public void A_text_that_is_not_English_is_named_for_what_it_is(string text, string? told)
    {
        var problem = EnglishText.Problem(text);
        if (told is null) Assert.Null(problem);
        else Assert.StartsWith(told, problem);
    }

    [Fact]
    public void A_page_in_another_language_loads_and_its_problem_names_the_file()
    {
        using var corpus = new TempCorpus();
        corpus.Write("en.txt", "Troops arrive in the north\n\n" + English + "\n");
        corpus.Write("de.txt", "Soldaten im Norden eingetroffen\n\n" + German + "\n");

        var loaded = corpus.Load();

        Assert.Equal(["de", "en"], loaded.Documents.Select(d => d.Id).Order());
        var problem = Assert.Single(loaded.Problems);
        Assert.Equal((corpus.PathOf("de.txt"), ProblemAction.Loaded), (problem.File, problem.Action));
        Assert.Contains("the kit reads English only", problem.Describe(corpus.Folder));
        Assert.EndsWith("(loaded)", problem.Describe(corpus.Folder));
    }
}
