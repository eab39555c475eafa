namespace Analysis.Generation;
/// <summary>
/// The words the corpus generator varies: sentence templates written for this kit (not taken from
/// any article), the sources they cite, the figures, places and dates they name. Slots in a template:
/// <c>{src}</c>/<c>{Src}</c> a cited source (capitalized at a sentence start), <c>{fig}</c>/<c>{Fig}</c>
/// the troop figure, <c>{earlier}</c> an earlier, smaller figure, <c>{date}</c> a date expression,
/// <c>{place}</c> where the troops are, <c>{num}</c> a number that does not count soldiers.
/// </summary>
internal static class ArticleTemplates
{
    /// <summary>A source as the text names it, and the canonical name the gazetteer resolves it to.</summary>
    public readonly record struct Source(string Surface, string Canonical);

    public static readonly Source[] Sources =
    [
        new("South Korea's National Intelligence Service", "National Intelligence Service"),
        new("the National Intelligence Service", "National Intelligence Service"),
        new("South Korea's spy agency", "National Intelligence Service"),
        new("Ukraine's military intelligence (HUR)", "Ukrainian military intelligence"),
        new("Ukraine's military intelligence", "Ukrainian military intelligence"),
        new("the Pentagon", "Pentagon"),
        new("the U.S. Defense Department", "Pentagon"),
        new("South Korea's Joint Chiefs of Staff", "Joint Chiefs of Staff"),
        new("Ukraine's General Staff", "Ukrainian General Staff"),
        new("the Institute for the Study of War", "Institute for the Study of War"),
        new("U.S. intelligence officials", "U.S. intelligence"),
        new("British Defence Intelligence", "British Defence Intelligence"),
        new("South Korea's Defense Ministry", "South Korean Defense Ministry"),
        new("Yonhap News Agency", "Yonhap"),
        new("the Kyiv Independent", "The Kyiv Independent"),
    ];

    // Troop figures (a source and a count of soldiers in the same sentence). {fig} is the current figure.
    public static readonly string[] FigureSentences =
    [
        "{Src} said {date} that {fig} North Korean troops had been deployed to {place}.",
        "According to {src}, {fig} North Korean soldiers are now stationed in {place}.",
        "{Fig} North Korean troops have arrived in {place}, {src} said {date}.",
        "{Src} estimated that {fig} soldiers from North Korea were training in {place}.",
        "The number of North Korean troops in {place} has reached {fig}, according to {src}.",
        "{Src} told reporters {date} that Pyongyang had sent {fig} troops to Russia.",
        "In a briefing {date}, {src} put the size of the North Korean contingent in {place} at {fig} soldiers.",
        "{Src} said {fig} North Korean soldiers were taking part in combat in {place}, up from an earlier estimate of {earlier}.",
    ];

    // Sentences without a troop figure: context, commentary, and numbers that count other things.
    public static readonly string[] OtherSentences =
    [
        "Officials in Seoul held an emergency meeting {date} to discuss the reports.",
        "Analysts said the deployment could change the course of the fighting.",
        "The Kremlin has not confirmed the presence of foreign soldiers on Russian soil.",
        "Pyongyang has denied sending any forces abroad and called the reports a smear campaign.",
        "Satellite images showed {num} railcars at a station near the border.",
        "The front line in the area stretches for more than {num} kilometers.",
        "Families of the soldiers have reportedly been told that their sons are on a routine exercise.",
        "Diplomats at the United Nations warned that the cooperation breaks several sanctions resolutions.",
        "The two governments signed a mutual defense pact in June 2024.",
        "Observers expect the issue to dominate talks between Seoul and Washington next month.",
        "Ukrainian drone units said they had observed unfamiliar uniforms in the forests near {place}.",
        "Russian state television showed footage of military trains heading east.",
        "The cost of the programme was put at {num} million dollars.",
        "Commanders reportedly struggle with language barriers and rely on interpreters.",
        "Some experts doubt that the troops will be used in large assault operations.",
        "The ministry said it was monitoring the situation closely and sharing information with its allies.",
    ];

    public static readonly string[] Headlines =
    [
        "North Korean Troops Spotted in {place}",
        "Seoul Says Pyongyang Has Sent More Soldiers to Russia",
        "Intelligence Agencies Track North Korean Deployment",
        "How Many North Korean Soldiers Are Fighting for Russia?",
        "New Estimates of North Korea's Role in the War",
        "Ukraine Reports First Clashes With North Korean Units",
        "Russia and North Korea Deepen Military Ties",
        "Allies Weigh Response to Reports of Troops in {place}",
    ];

    public static readonly string[] Places =
    [
        "the Kursk region", "eastern Russia", "Russia's Far East", "the Primorsky region", "the Kursk border area",
        "training camps near Vladivostok", "the Belgorod region",
    ];

    public static readonly string[] Dates =
    [
        "on Oct. 23", "on Monday", "last week", "on Thursday", "earlier this month", "on Nov. 4", "on Wednesday",
        "in late October", "on Dec. 2", "this week",
    ];

    /// <summary>A figure's words around the number: {n} is the number; ranges use {a} and {b}.</summary>
    public static readonly string[] Hedges = ["about {n}", "roughly {n}", "more than {n}", "at least {n}", "up to {n}", "nearly {n}", "{n}"];

    public static readonly string[] Ranges = ["between {a} and {b}", "{a} to {b}"];

    /// <summary>Spelled-out figures and their values.</summary>
    public static readonly (string Words, int Value)[] WordFigures =
    [
        ("ten thousand", 10_000), ("twelve thousand", 12_000), ("three thousand", 3_000), ("fifteen thousand", 15_000),
    ];

    public static readonly string[] RelatedItems =
    [
        "Yonhap News Agency, briefing report", "Institute for the Study of War, daily assessment",
        "Kyiv Independent, front-line report", "Ministry statement (in Korean)", "Parliamentary intelligence committee notes",
    ];
}
