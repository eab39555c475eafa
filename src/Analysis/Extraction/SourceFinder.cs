using System.Text.RegularExpressions;

namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// Finds who is named in a sentence and what role they play. Each kind of name has its finder, which adds candidate
/// readings of spans: titled people (<see cref="TitledPeople"/>), the gazetteer's sources and an organisation's voices
/// (<see cref="OrganisationVoices"/>), a country's groups (<see cref="GroupFinder"/>), ministries
/// (<see cref="MinistryFinder"/>) and other bodies (<see cref="CountryBodies"/>) or their offices (<see cref="CountryOffices"/>), armed groups (<see cref="ArmedGroups"/>),
/// the outlet a story credits (<see cref="Datelines"/>, <see cref="SignOffs"/>) or names by what it is (<see cref="OutletNouns"/>), countries speaking ("Seoul said"), unknown names (<see cref="CapitalizedNames"/>,
/// <see cref="Acronyms"/>), documents (<see cref="DocumentFinder"/>), unnamed voices (<see cref="UnnamedSpeakers"/>) and
/// pronouns (<see cref="PronounFinder"/>). The most specific reading of a span claims it; <see cref="CitationRoles"/>
/// says whether the text makes it a voice: "X said", "X's estimate", "according to X", "briefed by X", "told X".
/// Its words are a <see cref="Lexicon"/>'s (Data/lexicon/reporting.json, the countries and the sources): one finder per
/// lexicon. A sentence with none of its cue words and no gazetteer name is not read further.
/// </summary>
internal sealed class SourceFinder
{
    // The word lists whose words a rule needs before it can fire (see reporting.json).
    private static readonly string[] CueLists =
    [
        "reporting_verbs", "statement_nouns", "reaction_nouns", "reaction_verbs", "release_verbs", "released_things", "informed_by_verbs", "shared_things",
        "audience_cues", "interview_nouns", "inverted_verbs", "cue_words", "titles", "group_heads", "personal_pronouns",
        "description_nouns", "document_nouns", "voice_body_nouns", "office_titles", "outlet_nouns", "article_outlets", "apposed_titles", "company_titles", "service_member_titles", "rank_titles", "judicial_titles", "speaking_participles", "split_speech_verbs", "talk_speech_verbs",
    ];

    private readonly PhraseMatcher cues;
    private readonly Bylines bylines;
    private readonly SignOffs signOffs;
    private readonly PostSignatures postSignatures;
    // Outlets that report every country's officials (world_outlets), whose own country names no unnamed voice.
    private readonly HashSet<string> worldOutlets;
    // Which rule families can find something in a sentence, told by one walk over its tokens (see CueIndex): each
    // family's bit is set where a word of its CueLists is, and a family whose bit is not set is not run.
    private readonly CueIndex families;
    private const ulong Pronouns = 1, Groups = 2, Bodies = 4, Armed = 8, Unnamed = 16, Ministries = 32;
    private readonly Regex interception;
    private readonly GazetteerEntry? intercept;
    private readonly SentenceCountries sentenceCountries;
    private readonly TitledPeople titledPeople;
    private readonly OrganisationVoices organisationVoices;
    private readonly BlocVoices blocVoices;
    private readonly InstituteStaff instituteStaff;
    private readonly GroupFinder groups;
    private readonly MinistryFinder ministries;
    private readonly CountryBodies countryBodies;
    private readonly CountryOffices countryOffices;
    private readonly ArmedGroups armedGroups;
    private readonly CapitalizedNames capitalizedNames;
    private readonly Acronyms acronyms;
    private readonly DocumentFinder documents;
    private readonly OutletNouns outletNouns;
    private readonly WebOutlets webOutlets;
    private readonly NumberedChannels numberedChannels;
    private readonly TitleCaseLines titleCaseLines;
    private readonly ArticleOutlets articleOutlets;
    private readonly UnnamedSpeakers unnamedSpeakers;
    private readonly PronounFinder pronouns;
    private readonly CitationRoles roles;
    private readonly BodyUnits bodyUnits;
    private readonly PhotoCredits photoCredits;
    private readonly string[] disclaimerCues, matterOpeners;
    private readonly WordSet disclaimerObjects;
    private readonly SourceGazetteer gazetteer;
    private readonly DescribedSources described;
    private readonly DatelinePlaces datelinePlaces;
    private readonly NegatedVoices negated;
    private readonly ReactionGivers reactions;
    private readonly CountryServices countryServices;
    private readonly CountryNameOffices countryNameOffices;
    private readonly SpokespeopleToOutlets spokespeople;
    private readonly SourcesInBodies insiders;
    private readonly BareBodies bareBodies;
    private readonly MinistersMinistries ministersMinistries;
    // "in", "near": a country after one is a place ("the embassy in Kyiv said"), neither a voice nor an owner; "with", "against": the other side.
    private readonly WordSet placeWords, departureWords, opponentLinks, documentBodyHeads;
    // "an": a demonym after one names a thing's maker ("an Israeli drone"), not a body's owner.
    private readonly WordSet singleThingArticles;
    // "region", "capital", "city": a country that names a place of it ("Iraq's Kurdish region", "the Afghan capital", "the north
    // of Iraq") is where something is, not the owner of a body named without one (owner_place_nouns).
    private readonly WordSet ownerPlaceNouns;
    // "southern", "central": before a country, a part of it where something is (place_adjectives).
    private readonly WordSet placeAdjectives;
    // The words of soldiers fighting or dying where they are (home_fight_cues): the place a sentence names is then their own country.
    private readonly WordSet homeFightCues, abroadServiceVerbs, crossingWords, armedGroupNouns;
    // A state on a frontier's far side is a place.
    private readonly Frontiers frontiers;
    // The last words of a body's name, never a person's (not_person_words, organisation_heads).
    private readonly WordSet bodyNameEnds;
    // "is a", "was an": after a person's name at a sentence's start, the link of a writer's bio (bio_links).
    private readonly string[] bioLinks;
    // "troops", "soldiers": the words after an outlet's initials that make them a force's ("AFP troops").
    private readonly WordSet troopWords;
    // "Northern", "Second" … and "Command", "Army" …: the words of a unit name any country's army may bear (unit_name_words,
    // country_unit_ends), which a gazetteer entry of one country holds as an alias ("Southern Command": the U.S. one).
    private readonly WordSet unitNameWords, unitEnds;
    // Capitalised words that start no name (not_name_starts): "On Monday Trump said" is Trump, not a Monday Trump.
    private readonly WordSet notNameStarts;
    // The countries whose people are named family name first: a gazetteer's family name alone may open another person's name there.
    private readonly HashSet<string> familyNameFirst;
    // "Mr.", "Ms.": an honorific before a surname the document named before opens its mention ("according to Mr. Lee").
    private readonly WordSet honorifics;
    // The one-word speech verbs (reporting_verbs) after which a known body extended by capitalised words is a longer name.
    private readonly WordSet speechVerbs, speechVerbAdverbs;
    // "Thai Army" for "Royal Thai Army": a country's body the gazetteer names with a prefix copy may leave out before its
    // demonym (droppable_name_prefixes), by the spelling of the rest; found only for a reading of the same country.
    private readonly Dictionary<string, GazetteerEntry> shortForms = new(StringComparer.Ordinal);
    // "AA" for Anadolu Agency: names an agency signs with in a credit line only, too short to look for anywhere else.
    private readonly Dictionary<string, GazetteerEntry>.AlternateLookup<ReadOnlySpan<char>> creditNames;
    private readonly WordSet endMarks;
    private readonly WordSet sectionOpeners;
    private readonly JoinedCredits joinedCredits;
    private readonly Func<string, bool> isCreditAgency;
    // "Security Council", "Red Cross": an international body's bare name that a country's body has too (national_body_names),
    // and the words before or after it that keep it international ("UN", "United Nations"); days do not make it national.
    private readonly WordSet nationalBodyNames, internationalMarkers, calendarNames, stateGroupHeads;

    private readonly ArmedServices armedServices;
    // "Armed Forces": a country's whole armed forces by a generic name after its demonym (demonym_force_names).
    private readonly HashSet<string> demonymForceNames;
    // A country's adjective, to name its body by ("Chinese Defense Ministry"; OwnedByPossessive).
    private readonly Countries countryWords;
    // "according to South Korean, Ukrainian and Western estimates": each country's estimates in a list are a source of their own.
    private readonly ListedEstimates listedEstimates;
    // "a South Korean lawmaker said" in a story that names the lawmaker elsewhere: the unnamed one is the named.
    private readonly NamedMembers namedMembers;
    private readonly BodyMembers bodyMembers;
    // "its" and "the" before a noun of possessor_nouns ("the country's", "the nation's"): what owns a body in OwnedByPossessive.
    private readonly string[] ownerWords;

    public SourceFinder(Lexicon lexicon, SourceGazetteer gazetteer)
    {
        this.gazetteer = gazetteer;
        var countryWords = this.countryWords = Extraction.Countries.For(lexicon);
        ownerWords = ["its", .. lexicon.Words("possessor_nouns").Select(noun => "the " + noun)];
        armedServices = new ArmedServices(lexicon);
        interception = lexicon.Regex("interception", RegexOptions.IgnoreCase);
        intercept = gazetteer.Entries.FirstOrDefault(e => e.Kind == SourceKind.Intercept);
        sentenceCountries = new SentenceCountries(lexicon);
        titledPeople = new TitledPeople(lexicon, gazetteer);
        organisationVoices = new OrganisationVoices(lexicon, countryWords);
        blocVoices = new BlocVoices(lexicon);
        instituteStaff = new InstituteStaff(lexicon);
        ministries = new MinistryFinder(lexicon, countryWords, gazetteer);
        var calques = new VoiceCalques(lexicon);
        groups = new GroupFinder(lexicon, countryWords, armedServices, ministries, calques);
        countryBodies = new CountryBodies(lexicon, countryWords, gazetteer);
        listedEstimates = new ListedEstimates(lexicon, countryWords);
        namedMembers = new NamedMembers(lexicon);
        bodyMembers = new BodyMembers(lexicon);
        armedGroups = new ArmedGroups(lexicon);
        capitalizedNames = new CapitalizedNames(lexicon, gazetteer);
        acronyms = new Acronyms(lexicon);
        documents = new DocumentFinder(lexicon);
        roles = new CitationRoles(lexicon);
        bodyUnits = new BodyUnits(lexicon);
        photoCredits = new PhotoCredits(lexicon);
        disclaimerCues = lexicon.Words("disclaimer_cues").ToArray();
        matterOpeners = lexicon.Words("matter_openers").ToArray();
        disclaimerObjects = lexicon.WordLookup("disclaimer_objects", StringComparer.Ordinal);
        outletNouns = new OutletNouns(lexicon, roles.CalendarNames);
        webOutlets = new WebOutlets(lexicon);
        numberedChannels = new NumberedChannels(lexicon, gazetteer);
        titleCaseLines = new TitleCaseLines(lexicon);
        articleOutlets = new ArticleOutlets(lexicon, outletNouns);
        unnamedSpeakers = new UnnamedSpeakers(lexicon, countryWords, armedServices, calques);
        pronouns = new PronounFinder(lexicon);
        var stateOffices = new StateOffices(lexicon);
        described = new DescribedSources(gazetteer, countryWords, ministries, armedServices, stateOffices, countryBodies, lexicon);
        countryNameOffices = new CountryNameOffices(lexicon, countryWords, stateOffices);
        countryOffices = new CountryOffices(lexicon, described, countryWords, armedServices);
        datelinePlaces = new DatelinePlaces(lexicon, countryWords);
        negated = new NegatedVoices(lexicon);
        reactions = new ReactionGivers(lexicon);
        countryServices = new CountryServices(lexicon, countryWords, armedServices);
        spokespeople = new SpokespeopleToOutlets(lexicon, countryWords);
        insiders = new SourcesInBodies(lexicon, countryWords);
        placeWords = lexicon.WordLookup("place_words", StringComparer.Ordinal);
        homeFightCues = lexicon.WordLookup("home_fight_cues", StringComparer.OrdinalIgnoreCase);
        abroadServiceVerbs = lexicon.WordLookup("abroad_service_verbs", StringComparer.Ordinal);
        crossingWords = lexicon.WordLookup("crossing_place_words", StringComparer.Ordinal);
        armedGroupNouns = lexicon.WordLookup("armed_group_nouns", StringComparer.OrdinalIgnoreCase);
        frontiers = new Frontiers(lexicon);
        bodyNameEnds = lexicon.Words("not_person_words").Concat(lexicon.Words("organisation_heads")).ToWordSet(StringComparer.Ordinal);
        departureWords = lexicon.WordLookup("departure_words", StringComparer.Ordinal);
        documentBodyHeads = lexicon.WordLookup("document_body_heads", StringComparer.Ordinal);
        opponentLinks = lexicon.WordLookup("opponent_links", StringComparer.Ordinal);
        singleThingArticles = lexicon.WordLookup("single_thing_articles", StringComparer.Ordinal);
        ownerPlaceNouns = lexicon.WordLookup("owner_place_nouns", StringComparer.Ordinal);
        placeAdjectives = lexicon.WordLookup("place_adjectives", StringComparer.Ordinal);
        bioLinks = lexicon.Words("bio_links").ToArray();
        bareBodies = new BareBodies(described, countryWords, lexicon.Words("home_named_bodies"), placeWords);
        ministersMinistries = new MinistersMinistries(ministries);
        troopWords = lexicon.WordLookup("troop_words", StringComparer.OrdinalIgnoreCase);
        unitNameWords = lexicon.WordLookup("unit_name_words", StringComparer.Ordinal);
        unitEnds = lexicon.WordLookup("country_unit_ends", StringComparer.Ordinal);
        notNameStarts = lexicon.WordLookup("not_name_starts", StringComparer.Ordinal);
        familyNameFirst = lexicon.Words("family_name_first_countries").ToHashSet(StringComparer.Ordinal);
        honorifics = lexicon.WordLookup("apposed_honorifics", StringComparer.Ordinal);
        speechVerbs = lexicon.WordLookup("reporting_verbs", StringComparer.Ordinal);
        speechVerbAdverbs = lexicon.WordLookup("speech_verb_adverbs", StringComparer.Ordinal);
        nationalBodyNames = lexicon.WordLookup("national_body_names", StringComparer.Ordinal);
        internationalMarkers = lexicon.WordLookup("international_name_markers", StringComparer.Ordinal);
        calendarNames = lexicon.WordLookup("calendar_names", StringComparer.Ordinal);
        stateGroupHeads = lexicon.WordLookup("state_group_heads", StringComparer.Ordinal);
        demonymForceNames = lexicon.Words("demonym_force_names").ToHashSet(StringComparer.Ordinal);
        var credited = new Dictionary<string, GazetteerEntry>(StringComparer.Ordinal);
        foreach (var (credit, name) in lexicon.Pairs("credit_names", '='))
            if (gazetteer.TryResolve(name, out var outlet)) credited[credit] = outlet;
        creditNames = credited.GetAlternateLookup<ReadOnlySpan<char>>();
        endMarks = lexicon.WordLookup("end_marks", StringComparer.Ordinal);
        sectionOpeners = lexicon.WordLookup("entry_label_openers", StringComparer.OrdinalIgnoreCase);
        bylines = new Bylines(lexicon);
        signOffs = new SignOffs(lexicon);
        postSignatures = new PostSignatures(lexicon);
        joinedCredits = new JoinedCredits(name => IsAgency(name, inCapitals: false));
        // A photo's credit may write the agency's name in capitals ("REUTERS/<photographer>").
        isCreditAgency = name => IsAgency(name, inCapitals: true);
        var prefixes = lexicon.Words("droppable_name_prefixes");
        foreach (var entry in gazetteer.Entries)
            if (entry.Country is not null)
                foreach (var surface in entry.Surfaces)
                    foreach (var prefix in prefixes)
                        if (surface.Length > prefix.Length + 1 && surface.StartsWith(prefix, StringComparison.Ordinal) && surface[prefix.Length] == ' '
                            && surface.IndexOf(' ', prefix.Length + 1) > 0)
                            shortForms.TryAdd(SourceGazetteer.Spelling(surface[(prefix.Length + 1)..]), entry);
        worldOutlets = lexicon.Words("world_outlets").ToHashSet(StringComparer.Ordinal);
        cues = new PhraseMatcher(PhraseMatcher.Labelled(lexicon, CueLists.Concat(ministries.Lists)));
        IEnumerable<string> Words(IEnumerable<string> lists) => lists.SelectMany(lexicon.Words);
        families = new CueIndex([new(Pronouns, Words(PronounFinder.CueLists)), new(Groups, Words(GroupFinder.CueLists)),
            new(Bodies, Words(CountryBodies.CueLists)), new(Armed, Words(ArmedGroups.CueLists)),
            new(Unnamed, Words(UnnamedSpeakers.CueLists)), new(Ministries, Words(ministries.Lists))]);
    }

    /// <summary>The country of the dateline a sentence opens with ("NEW DELHI, Sept 16 (PTI) -": India), or null.</summary>
    public string? DatelineCountry(Sentence sentence) => datelinePlaces.Country(sentence.Text);

    /// <summary>The city of the sentence's dateline, in title case, or null (see <see cref="DatelinePlaces.City"/>).</summary>
    public string? DatelineCity(Sentence sentence) => datelinePlaces.City(sentence.Text);

    /// <summary>The country a sentence names last as its armed service's owner ("the Lebanese army commander", "Israel's military",
    /// "Qatar's armed forces"): a demonym or a possessive, then a service of armed_services; or null.</summary>
    public string? ServiceOwner(string text, IReadOnlyList<CountryMention> countries)
    {
        string? owner = null;
        foreach (var c in countries)
        {
            if (!c.IsDemonym && !c.Possessive) continue;
            var p = SourceText.SkipWhiteSpace(text, c.Span.End);
            if (p == c.Span.End || p >= text.Length) continue;
            var e = SourceText.WordEnd(text, p);
            var e2 = e < text.Length && text[e] == ' ' ? SourceText.WordEnd(text, e + 1) : -1;
            if (armedServices.TryGet(text.AsSpan(p, e - p), out _) || e2 > e + 1 && armedServices.TryGet(text.AsSpan(p, e2 - p), out _))
                owner = c.Country.Name;
        }
        return owner;
    }

    /// <summary>Gives the bodies a document names without their country theirs, once all its sentences are read (see <see cref="BareBodies"/>).</summary>
    public void ResolveBareBodies(string text, IReadOnlyList<SourceRef>[] refs, string? documentCountry, IReadOnlyList<IReadOnlyList<CountryMention>> countries)
    {
        bareBodies.Resolve(text, refs, documentCountry, countries);
        // "the ministry said" after its minister ("Russia's defence minister, Sergei Shoigu, …"): the ministry he heads.
        ministersMinistries.Resolve(text, refs);
        // "…, a South Korean lawmaker said. … Lee Seong-kweun, a member of the intelligence committee, told reporters": the lawmaker named.
        namedMembers.Resolve(text, refs);
        // "… a UN panel of experts said. … The experts called the estimate conservative": the panel again.
        bodyMembers.Resolve(text, refs);
    }

    // What Find reuses from one sentence to the next: one per thread, as documents are read on several at once.
    private sealed class Scratch
    {
        public readonly List<SourceCandidate> Candidates = [];
        public readonly List<SourceRef> Accepted = [];
        public readonly List<PhraseMatch> CueHits = [];
        public readonly List<CountryName> Countries = [];
        public readonly List<CountryName> Owners = [];
        public readonly List<SourceRef> Blocked = [];
        public int[] Order = new int[32];
    }

    [ThreadStatic] private static Scratch? scratch;

    // Whether the name at `at` in sentence text s is the matter an unnamed voice knows ("familiar with intelligence data", "briefed
    // on the talks"; matter_openers), an article between: no source.
    private bool IsMatter(string s, int at)
    {
        var end = SourceText.SkipWhiteSpaceBack(s, at);
        if (end >= 4 && string.CompareOrdinal(s, end - 4, " the", 0, 4) == 0) end = SourceText.SkipWhiteSpaceBack(s, end - 4);
        foreach (var opener in matterOpeners)
            if (end >= opener.Length && string.CompareOrdinal(s, end - opener.Length, opener, 0, opener.Length) == 0
                && (end == opener.Length || s[end - opener.Length - 1] == ' ')) return true;
        return false;
    }

    // Sentence text s with its first letter in lower case where bare state media open it, after "The" or "According to" at most
    // ("State media said" -> "state media said"); s itself otherwise, as another opening may be a title that must keep its
    // capital ("Leader Kim Jong Un has met …, according to state media").
    private string BareStateMediaText(string s)
    {
        if (s.Length < 2 || !char.IsUpper(s[0]) || !char.IsLower(s[1])) return s;
        var lowered = string.Create(s.Length, s, static (copy, text) => { text.AsSpan().CopyTo(copy); copy[0] = char.ToLowerInvariant(copy[0]); });
        var rest = lowered.AsSpan();
        if (rest.StartsWith("the ", StringComparison.Ordinal)) rest = rest[4..];
        else if (rest.StartsWith("according to ", StringComparison.Ordinal)) rest = rest[13..];
        return countryBodies.OpensWithBareModifier(rest) ? lowered : s;
    }

    // Where the names a page's disclaimer holds start in the document (sentence text s at `start`): right after its cue
    // (disclaimer_cues) when a word of whose views follows it (disclaimer_objects), at the sentence's start when it is in brackets,
    // or past the sentence when it is no disclaimer.
    private int Disclaimed(string s, int start)
    {
        foreach (var cue in disclaimerCues)
            if (s.IndexOf(cue, StringComparison.OrdinalIgnoreCase) is var at and >= 0)
            {
                var from = at + cue.Length;
                foreach (var range in s.AsSpan(from).SplitAny(' ', ','))
                    // "[This item is delivered by the UN's IRIN ..., but may not necessarily reflect ...]": a disclaimer in brackets
                    // is page furniture as a whole, its owner's possessive before the cue no citation either.
                    if (disclaimerObjects.Contains(s.AsSpan(from)[range].TrimEnd(".]);"))) return s[0] is '[' or '(' ? start : start + from;
                break;
            }
        return int.MaxValue;
    }

    /// <summary>The sources a sentence cites or names. <paramref name="gazetteerMatches"/>: the matches of the gazetteer in the
    /// sentence, found once by the caller and shared with the timeline; <paramref name="countryMentions"/>: the countries it names (the countries layer);
    /// <paramref name="people"/>: the people its document named before it, whom it may name by surname; <paramref name="documentCountry"/>:
    /// whose its bodies named without a country are when it names no country.</summary>
    public IReadOnlyList<SourceRef> Find(Document document, Sentence sentence, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches,
        IReadOnlyList<CountryMention> countryMentions, DocumentPeople? people = null, DocumentCountry? documentCountry = null,
        DocumentAcronyms? defined = null)
    {
        // "Pentagon Confirms 3,000 …": a Title Case headline's speech verbs read in lower case (the text copied only where one is).
        var s = sentence.Paragraph == 0 ? titleCaseLines.Read(sentence.Text) : sentence.Text;
        var work = scratch ??= new Scratch();
        var cueHits = work.CueHits;
        cueHits.Clear();
        cues.FindInto(s, 0, s.Length, cueHits);
        // The outlet a story credits, in its dateline or its sign-off.
        var dateline = Datelines.Outlet(s) ?? signOffs.Outlet(s) ?? CapitalsCredit(s, document.Text, sentence.Start);
        if (dateline is { } bracketed && datelinePlaces.IsPlace(s.AsSpan(bracketed.Start, bracketed.Length))) dateline = null;
        // "(END)": the mark a wire story ends with, in a credit's place, credits no one.
        if (dateline is { } ended && endMarks.Contains(s.AsSpan(ended.Start, ended.Length))) dateline = null;
        // "By James Astill in Bunia", "(Reporting by Phil Stewart)": the story's reporters.
        // "By David L. Stern Washington Post": a known outlet that closes a line may close a byline with no comma before it.
        List<TextSpan>? outletTails = null;
        foreach (var (span, entry) in gazetteerMatches)
            if (entry.Kind is SourceKind.Outlet or SourceKind.StateMedia && span.Start > sentence.Start)
                (outletTails ??= []).Add(new TextSpan(span.Start - sentence.Start, span.End - sentence.Start));
        var bylined = bylines.Names(s, sentence.Paragraph == 0, outletTails, NextParagraph(document.Text, sentence.End));
        // "NZPA-Reuter Nairobi - …": agencies joined by hyphens open the story as its credit.
        var opening = dateline is null ? joinedCredits.Opening(s) : null;
        // "— Jane Roe (@janeroe) October 6, 2025": the author of a post the page embeds.
        var posted = postSignatures.Author(s);
        // A headline may cite with a colon alone ("Seoul: …").
        if (gazetteerMatches.Count == 0 && cueHits.Count == 0 && dateline is null && opening is null && bylined is null && posted is null
            && s.IndexOf(':', 0, Math.Min(s.Length, 40)) < 0) return [];
        var text = ReferenceEquals(s, sentence.Text) ? document.Text : string.Concat(document.Text.AsSpan(0, sentence.Start), s, document.Text.AsSpan(sentence.End));
        var (start, end) = (sentence.Start, sentence.End);
        var titleHits = titledPeople.Titles(s, cueHits);
        // "(Reuters/File)", "AFP via Getty Images": a photo's credit cites nothing, and no name in it is a source.
        var photo = photoCredits.Find(s, start);
        if (photo.Length == 0) photo = PhotoCredits.AgencyAndPhotographer(s, start, isCreditAgency);
        if (photo.Length == 0) photo = PhotoCredits.PhotographerAndAgency(s, start, isCreditAgency);
        if (dateline is { } signed && photo.Length > 0 && photo.Start <= start + signed.Start) dateline = null;
        // "... may not necessarily reflect the views of the United Nations": a disclaimer's bodies after its cue are cited by no one.
        var disclaimed = Disclaimed(s, start);
        var cued = families.Scan(s);
        var countries = sentenceCountries.Find(s, sentence.Start, countryMentions, work.Countries);
        var candidates = work.Candidates;
        candidates.Clear();

        titledPeople.Add(s, start, titleHits, countries, candidates);
        // "… were members of the 101st Airborne Division, a senior U.S. military official said": a name that ends as a body's does
        // (not_person_words, organisation_heads) is no person the title after it describes; the official speaks on their own.
        candidates.RemoveAll(c => c is { Priority: 0, Ref: { IsPerson: true, IsGroup: false } named } && named.Name.LastIndexOf(' ') is > 0 and var last
            && bodyNameEnds.Contains(named.Name.AsSpan(last + 1)));
        // "(PNA/Xinhua)", "(Reuters, AFP)": a credit may name several outlets.
        var credits = dateline is { } d ? SignOffs.Names(s, d, start) : [];
        // "Copyright 1998 The Associated Press.": a copyright line's "The" before a known outlet is no part of its name.
        var copyrighted = credits.Length > 0 && signOffs.IsCopyrightLine(s);
        // "(AAP-AFP)": each agency of a joint credit is credited, each by its own name.
        var joint = false;
        if (opening is not null) (credits, joint) = (opening.Select(o => new TextSpan(start + o.Start, start + o.End)).ToArray(), true);
        else if (credits.Length > 0 && credits.Any(c => c.Length > 3 && s.IndexOf('-', c.Start - start, c.Length) > 0))
        {
            var split = new List<TextSpan>();
            foreach (var c in credits)
                if (joinedCredits.Split(s, c.Start - start, c.End - start) is { } parts)
                {
                    split.AddRange(parts.Select(o => new TextSpan(start + o.Start, start + o.End)));
                    joint = true;
                }
                else split.Add(c);
            credits = split.ToArray();
        }
        for (var g = 0; g < gazetteerMatches.Count; g++)
        {
            // "Ukraine's Southern Command said": a unit name any country's army bears, which the gazetteer holds as one country's
            // alias, is the owner's unit after another country's possessive or adjective, named by that country's adjective.
            if (gazetteerMatches[g] is var (unitSpan, unitEntry) && OwnedByOther(s, unitSpan.Start - start, unitEntry, countries)
                && OwnedUnit(s, unitSpan.Start - start, unitSpan.End - start, countries) is { } unit)
                candidates.Add(new(1, unit with { Span = unitSpan }));
            if (gazetteerMatches[g] is var (span, entry) && !IsNationalForm(s, span.Start - start, span.End - start, entry)
                && !IsOtherBearer(s, span.Start - start, span.End - start, entry, titleHits) && !IsForceInitials(s, span.Start - start, span.End - start, entry)
                && !ExtendedSpeaker(s, start, span.End - start, titleHits, gazetteerMatches) && !OwnedByOther(s, span.Start - start, entry, countries)
                && !InsideLongerName(s, span.Start - start, entry)
                // "Yoon said" after "Yoon Sang-hyun, a lawmaker": the passage's own bearer of the surname (Surnames reads it), not the gazetteer's.
                && !PassageSurnames.NamesOther(s, span.Start - start, span.End - start, entry, people, titleHits)
                // "Yoon Sang-hyun, a lawmaker": a family name that opens another person's full name is that person's (read as a name).
                && !PassageSurnames.OpensOtherName(s, span.Start - start, span.End - start, entry, entry.Country is { } familyCountry && familyNameFirst.Contains(familyCountry)))
            {
                var credit = credits.Contains(span) || copyrighted && TheCredit(s, start, credits, span);
                var body = OwnedByPossessive(s, span.Start - start, entry, countries)
                    ?? DatelineOwned(span.Start - start, span.End - start, entry, countries, documentCountry?.Dateline) ?? entry;
                candidates.Add(new(1, new SourceRef(span, body.Name, body.Kind, body.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(body),
                    IsPerson: entry.Kind == SourceKind.Official,
                    AlwaysCited: entry.IsAlwaysCited || credit, IsCredit: credit)));
            }
        }
        PossessedBodies(candidates);
        // "BERLIN (AP) —", "… -Bernama": the outlet of a dateline or a sign-off is a source, though not of the figures (it only credits the story).
        foreach (var credit in credits)
            if (!IsMatched(gazetteerMatches, credit) && !(copyrighted && gazetteerMatches.Any(m => TheCredit(s, start, [credit], m.Span))))
                // "SOURCE: AA": a short name agencies sign with only in a credit (credit_names) is the gazetteer's outlet.
                // "SOURCE: FRANCE 24": a credit in capitals is the gazetteer's outlet of that name in any case.
                candidates.Add(new(1, creditNames.TryGetValue(text.AsSpan(credit.Start, credit.Length), out var full)
                    || (joint || IsCapitals(text.AsSpan(credit.Start, credit.Length))) && gazetteer.TryResolveSpelling(text[credit.Start..credit.End], out full) && full.Kind is SourceKind.Outlet or SourceKind.StateMedia
                    ? new SourceRef(credit, full.Name, full.Kind, full.Country, CitationRole.Mentioned, "outlet", AlwaysCited: true, IsCredit: true)
                    : new SourceRef(credit, SourceText.Normalize(text[credit.Start..credit.End]), SourceKind.Outlet, null, CitationRole.Mentioned, "outlet",
                    AlwaysCited: true, IsCredit: true)));
        if (bylined is not null)
            foreach (var name in bylined)
            {
                // "Associated Press writer Tara Copp contributed to this report": the writer's job word before the name is a credit's,
                // the reading of it as a titled person who says nothing no claim on the name.
                var (from, to) = (start + name.Start, start + name.End);
                candidates.RemoveAll(c => c.Priority == 0 && c.Ref.Span.Start < to && c.Ref.Span.End > from);
                // "BY SEO MIN-JAE": a byline in capitals names its writer as a name is written.
                candidates.Add(new(1, new SourceRef(new TextSpan(start + name.Start, start + name.End), CapitalsName.Restore(SourceText.Normalize(s[name.Start..name.End])),
                    SourceKind.Official, null, CitationRole.Mentioned, "reporter", IsPerson: true, AlwaysCited: true, IsCredit: true)));
            }
        if (posted is { } author)
        {
            // The post's author is cited by the post itself: the name the kit knows ("Volodymyr Zelenskyy"), or as the signature writes it.
            var (from, to) = (start + author.Start, start + author.End);
            var known = gazetteerMatches.FirstOrDefault(m => m.Span.Start >= from && m.Span.End <= to && m.Span.Length * 2 > to - from);
            candidates.RemoveAll(c => c.Ref.Span.Start < to && c.Ref.Span.End > from);
            candidates.Add(new(1, known.Entry is { } entry
                ? new SourceRef(new TextSpan(from, to), entry.Name, entry.Kind, entry.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(entry),
                    IsPerson: entry.Kind == SourceKind.Official, AlwaysCited: true)
                : new SourceRef(new TextSpan(from, to), SourceText.Normalize(s[author.Start..author.End]), SourceKind.Official, null, CitationRole.Mentioned, null,
                    IsPerson: true, AlwaysCited: true)));
        }
        organisationVoices.Add(s, start, gazetteerMatches, countries, candidates);
        blocVoices.Add(s, start, candidates);
        if (intercept is not null && HasInterceptionCue(s, cueHits))
            foreach (var m in interception.EnumerateMatches(s))
                candidates.Add(new(1, new SourceRef(new TextSpan(start + m.Index, start + m.Index + m.Length), intercept.Name, intercept.Kind, intercept.Country,
                    CitationRole.Mentioned, null, AlwaysCited: true)));
        // Its titles are its gate: a sentence with none has no office. Before the groups: an office ("Venezuela's navy commander")
        // is the reading of a title that a group of the same words ("Venezuelan Navy commanders") would also read.
        countryOffices.Add(s, start, titleHits, countries, candidates);
        if ((cued & Groups) != 0) groups.Add(s, start, countries, gazetteerMatches, candidates);
        // Reads only the words after the sentence's countries.
        countryServices.Add(s, start, countries, candidates);
        countryNameOffices.Add(s, start, countries, candidates);
        if ((cued & Ministries) != 0) ministries.Add(s, start, countries, candidates);
        groups.AddLocated(s, start, countries, candidates);
        if ((cued & Bodies) != 0)
        {
            countryBodies.Add(s, start, countries, candidates);
            listedEstimates.Add(s, start, countries, candidates);
            listedEstimates.AddFrom(s, start, countries, candidates);
        }
        // "State media said …", "The state media reported …", "According to state media, …": a sentence's first word is capitalised
        // for its place, not because it names something; bare state media are read with it in lower case (same length, same spans).
        if (countryBodies.MayNameBareStateMedia(s))
            countryBodies.AddBareStateMedia(BareStateMediaText(s), start, countries, candidates, documentCountry?.CitedOrOwner);
        if ((cued & Armed) != 0) armedGroups.Add(s, start, countries, gazetteerMatches, candidates);
        foreach (var country in countries)
            // A country speaks by its name or capital ("Seoul said"), not by an adjective ("North Korean"), save the adjective of
            // its own estimate or count that then puts a number ("U.S. estimates put the number ... at", "British figures show").
            if (country.Country is { } name && !(country.IsDemonym && !country.Possessive && !roles.OwnDocumentSpeaks(s.AsSpan(country.Span.End)) && !InitialsSpeak(s, country, countries) && !InitialsNoun(s, country, countries))
                // "The Chinese embassy in Kyiv said": a place, not a voice.
                && !(SourceText.TryWordBefore(s, country.Span.Start, 0, out var before, out _) && placeWords.Contains(before)))
            {
                var span = country.Possessive ? new TextSpan(country.Span.Start, country.Span.End - (s[country.Span.End - 1] == 's' ? 2 : 1)) : country.Span;
                candidates.Add(new(3, new SourceRef(new TextSpan(start + span.Start, start + span.End), name, SourceKind.Government, name, CitationRole.Mentioned, "government")));
            }
        capitalizedNames.Add(s, start, gazetteerMatches, countries, candidates, documentCountry?.CitedOrOwner);
        // "according to Duale" after "Defence Minister Aden Duale": the person named earlier, before the unknown word of the same
        // span (the first found wins a tie).
        if (people is { IsEmpty: false }) Surnames.Add(s, start, people, candidates, honorifics);
        capitalizedNames.AddSingleWords(s, start, gazetteerMatches, countries, candidates);
        acronyms.Add(s, start, gazetteerMatches, candidates);
        documents.Add(s, start, cueHits, candidates);
        outletNouns.Add(s, start, cueHits, countries, candidates);
        outletNouns.AddPaperNames(s, start, countries, candidates);
        webOutlets.Add(s, start, candidates);
        numberedChannels.Add(s, start, gazetteerMatches, countries, candidates);
        articleOutlets.Add(s, start, cueHits, countries, candidates);
        if ((cued & Unnamed) != 0) unnamedSpeakers.Add(s, start, countries, candidates, documentCountry?.Cited, documentCountry?.Dateline, StateBodyCountry(gazetteerMatches, start),
            OutletCountry(gazetteerMatches));
        // "SENIOR ADMINISTRATION OFFICIAL: …": a transcript's speaker label in capitals names an unnamed voice as lower-case copy
        // does (the label read in lower case, each character where it stands, so the spans hold); the label cites it, as a heading does.
        if (CapitalsLabelEnd(s) is > 0 and var labelEnd)
        {
            var labelled = candidates.Count;
            unnamedSpeakers.Add(s[..labelEnd].ToLowerInvariant(), start, countries, candidates, documentCountry?.Cited, documentCountry?.Dateline,
                StateBodyCountry(gazetteerMatches, start), OutletCountry(gazetteerMatches));
            // Only a voice that the whole label names, up to its colon; read as a group is (priority 2), as the label names it.
            for (var k = candidates.Count - 1; k >= labelled; k--)
                if (candidates[k].Ref is { IsPronoun: false } voice && voice.Span.End == start + labelEnd) candidates[k] = new(2, voice with { AlwaysCited = true });
                else candidates.RemoveAt(k);
        }
        if ((cued & Pronouns) != 0)
        {
            var before = candidates.Count;
            pronouns.Add(s, start, countries, candidates);
            DescribedDocuments(candidates, before);
        }
        if (defined is { IsEmpty: false }) Defined(s, start, defined, candidates);
        // "BDRI analysts said": an institute known from the document speaks through its staff (staff nouns are unnamed voices).
        if ((cued & Unnamed) != 0) instituteStaff.Add(s, start, countries, candidates);

        // Most specific reading first (lower priority, then longer span, then found first: a stable
        // order); a span is claimed once.
        if (work.Order.Length < candidates.Count) work.Order = new int[Math.Max(candidates.Count, 2 * work.Order.Length)];
        var order = work.Order;
        for (var i = 0; i < candidates.Count; i++)
        {
            var j = i;
            for (; j > 0 && Before(candidates, i, order[j - 1]); j--) order[j] = order[j - 1];
            order[j] = i;
        }
        var accepted = work.Accepted;
        accepted.Clear();
        // The readings a job title holds ("the Kenya Defence Forces" in "a spokesman for the Kenya Defence Forces, Col. …"): no
        // shorter reading inside them ("Kenya") speaks either.
        var blocked = work.Blocked;
        blocked.Clear();
        for (var o = 0; o < candidates.Count; o++)
        {
            var index = order[o];
            var candidate = candidates[index].Ref;
            if (Overlaps(accepted, candidate.Span) || Overlaps(blocked, candidate.Span) || photo.Length > 0 && candidate.Span.Start >= photo.Start && candidate.Span.End <= photo.End
                || candidate.Span.Start >= disclaimed || IsMatter(s, candidate.Span.Start - start)) continue;
            var unknownName = candidates[index].Priority == 4 || IsUnknownName(candidates, candidate);
            // A headline's speaker is a name the kit knows, not any capitalised words ("Rising Tensions: …").
            var role = roles.Role(text, s, start, end, candidate.Span, titleHits, countries, headline: !unknownName && CitationRoles.MayBeHeading(s, sentence.Paragraph),
                cueAfter: cueHits.Count > 0 && cueHits[^1].Span.End > candidate.Span.End - start, titledPerson: candidates[index].Priority == 0,
                person: candidate is { IsPerson: true, IsGroup: false });
            if (role == CitationRole.Mentioned && candidates[index].Speaks) role = CitationRole.Speaker;
            // "followed reports in Latvian media that 2,000 …": the press a report clause names speaks, though another reading of the
            // same words (the country's media) claimed them first.
            if (role == CitationRole.Mentioned && SpeaksByItself(candidate, candidates)) role = CitationRole.Speaker;
            if (role == CitationRole.Mentioned && candidates[index].NameSpan is { } name)
                role = roles.Role(text, s, start, end, name, titleHits, countries, headline: false,
                    cueAfter: cueHits.Count > 0 && cueHits[^1].Span.End > name.End - start, titledPerson: true, person: true);
            // "A leaked Pentagon planning document lists 4,500 troops …", "A NATO assessment seen by allies puts the number … at
            // 11,000": a known body's own document, then a verb of counting or saying, speaks for the body ("A daily Convoy Watch
            // count put …": an unknown name before a noun is that noun's modifier, no voice).
            if (role == CitationRole.Mentioned && (!unknownName || IsBodyName(text, candidate.Span)) && roles.OwnDocumentSpeaks(text.AsSpan(candidate.Span.End, end - candidate.Span.End)))
                role = CitationRole.Speaker;
            // "The head of Uganda's military said": a body whose head's office the sentence names without its holder speaks as
            // the office does (the office's words read as the name's). Read once, when first asked: both tests below need it.
            int? headOffice = null;
            int HeadOffice() => headOffice ??=
                !unknownName && HeadedBody(candidate) && !HolderNamedAfter(text, candidate.Span, candidates)
                    && roles.UnnamedHolderOffice(s, candidate.Span.Start - start, candidate.Span.End - start) is >= 0 and var opens
                    && !HolderNamedBefore(text, start + opens, candidates)
                    ? opens
                    : -1;
            if (role == CitationRole.Mentioned && HeadOffice() is >= 0 and var office)
                role = roles.Role(text, s, start, end, new TextSpan(start + office, candidate.Span.End), titleHits, countries, headline: false,
                    cueAfter: cueHits.Count > 0 && cueHits[^1].Span.End > candidate.Span.End - start);
            // "The Russian Defence Ministry's press service said", "the military's media wing said": the body's unit speaks for it.
            if (role == CitationRole.Mentioned && !unknownName && HeadedBody(candidate) && bodyUnits.End(s, candidate.Span.End - start) is > 0 and var unitEnd)
                role = roles.Role(text, s, start, end, new TextSpan(candidate.Span.Start, start + unitEnd), titleHits, countries, headline: false,
                    cueAfter: cueHits.Count > 0 && cueHits[^1].Span.End > unitEnd);
            // "in what Secretary-General Antonio Guterres called an unprecedented withdrawal", "Lloyd Austin called the move a very
            // serious escalation": a source of the story, of no figure. So is a body that acts: "NATO had asked the Netherlands to
            // keep a smaller force", "when the Labour Party refused to back any extension" (a count it asks for is its own by the
            // request rules of the attribution).
            var mayAct = candidate is { IsPronoun: false } and not { IsPerson: true, IsGroup: false };
            if (role == CitationRole.Mentioned
                && (roles.Characterizes(text, start, end, candidate.Span, state: candidate is { RoleNoun: "government", IsGroup: false })
                    || mayAct && roles.BodyActs(text, start, end, candidate.Span)))
            {
                accepted.Add(candidate with { AlwaysCited = true, IsCredit = true });
                continue;
            }
            // "The plan drew sharp criticism from Mayor X", "a decision welcomed by NATO": the giver of a reaction is a source of the
            // story, of none of its figures (an unknown name too, as after "a statement from": the link says it is a voice).
            if (role == CitationRole.Mentioned && !candidate.IsPronoun && reactions.Gives(text, start, end, candidate.Span)
                // (not one the text says gave none: "no immediate reaction from Moscow")
                && !roles.AbsentStatementFrom(s, candidate.Span.Start - start))
            {
                accepted.Add(candidate with { AlwaysCited = true, IsCredit = true });
                continue;
            }
            // "President Ana Ruiz promised to withdraw the 800 soldiers": a person who promises an act on troops is a source of the
            // story (a promise names its maker); what count is theirs the attribution's promise reading says.
            if (role == CitationRole.Mentioned && candidate is { IsPerson: true, IsGroup: false, IsPronoun: false }
                && roles.PromisesAct(text.AsSpan(candidate.Span.End, end - candidate.Span.End)))
            {
                accepted.Add(candidate with { AlwaysCited = true, IsCredit = true });
                continue;
            }
            // "China has not disclosed", "not confirmed by Beijing", "the forces said to have left": no voice.
            if (role == CitationRole.Speaker && negated.Denied(s, candidate.Span.Start - start, candidate.Span.End - start)) role = CitationRole.Mentioned;
            // "There was no immediate statement from Moscow": a statement the text says the name did not give.
            if (role == CitationRole.Speaker && roles.AbsentStatementFrom(s, candidate.Span.Start - start)) role = CitationRole.Mentioned;
            // "The agency declined to confirm the report to AFP": an outlet a refusal is addressed to is told nothing; named, not cited.
            if (role is CitationRole.Mentioned or CitationRole.Audience && candidate is { Kind: SourceKind.Outlet or SourceKind.StateMedia, IsGroup: false, IsPronoun: false }
                && roles.DeclineAddressedTo(s, candidate.Span.Start - start))
            {
                accepted.Add(candidate with { Role = CitationRole.Mentioned, AlwaysCited = false });
                continue;
            }
            // "The agency identified them in cooperation with Ukraine's intelligence", "investigators are working with the <service>":
            // a partner of the act is named, not cited.
            if (candidate is { IsPronoun: false } && roles.PartnerWith(s, candidate.Span.Start - start))
            {
                accepted.Add(candidate with { Role = CitationRole.Mentioned, AlwaysCited = false });
                continue;
            }
            // "Reuters could not independently verify the report", "a claim Al Jazeera was unable to confirm": an outlet that says it
            // could not check a claim is named, not cited for it.
            if (role == CitationRole.Mentioned && candidate.AlwaysCited && roles.CannotVerify(text.AsSpan(candidate.Span.End, end - candidate.Span.End)))
            {
                accepted.Add(candidate with { AlwaysCited = false });
                continue;
            }
            // "Sergei Shoigu, Secretary of the Security Council of Russia, who visited Pyongyang, announced …": a body's name that
            // opens with a title right after a person and a comma is that person's title in apposition; the verb past the relative
            // clause is the person's.
            if (role == CitationRole.Speaker && candidate is { IsPerson: false, IsGroup: false } && ApposedTitleOf(s, start, candidate.Span, titleHits, candidates) is { } holder)
            {
                accepted.RemoveAll(a => a.Span == holder.Span);
                accepted.Add(holder with { Role = CitationRole.Speaker });
                blocked.Add(candidate);
                continue;
            }
            // Countries, unknown names and pronouns are sources only where the text cites them. (An unknown
            // name is any candidate equal to one of the capitalized runs.)
            if (role != CitationRole.Speaker && candidates[index].SpeakerOnly) continue;
            if (role == CitationRole.Mentioned && (candidates[index].CitedOnly || unknownName || candidate.IsPronoun || (candidate.RoleNoun == "government" && !candidate.IsGroup))) continue;
            // A person who is told something passes nothing on ("told President Vladimir Putin that…"); an
            // organisation inside a job title is not its holder's voice ("the head of Ukraine's Defence Intelligence").
            if (role == CitationRole.Audience && candidate is { IsPerson: true, IsGroup: false }
                || roles.InJobTitle(s, candidate.Span.Start - start, candidate.Span.End - start, candidate.IsPerson ? titleHits : null)
                    // (save a body that speaks as the office of its head that no holder fills, read above: "the head of Uganda's military said")
                    && !(role == CitationRole.Speaker && HeadOffice() >= 0)
                    // (and a body one of whose several commanders speaks: "a senior commander of the Ethiopian army said", SourcesInBodies)
                    && !(role == CitationRole.Speaker && insiders.PlacesRank(s, candidate.Span.Start - start))
                || !candidate.IsPerson && OwnsApposedTitle(s, start, candidate.Span, titleHits, candidates)
                || !candidate.IsPerson && OpensApposedTitle(s, start, candidate.Span, titleHits, candidates)
                || !candidate.IsPerson && HeadedByHolder(s, start, candidate.Span, titleHits, candidates)
                || !candidate.IsPerson && WorkplaceOfPerson(s, start, candidate, candidates)
                || !candidate.IsPerson && titleHits.Count > 0 && HoldsTitle(s, start, candidate.Span, titleHits, candidates)
                || candidate is { IsGroup: true, IsPronoun: false } && TitlesNamedPerson(s, start, candidate.Span, candidates)
                || !candidate.IsPerson && AddressOfBody(s, start, candidate, candidates))
            {
                if (candidate.AlwaysCited) accepted.Add(candidate with { Role = CitationRole.Mentioned, AlwaysCited = false });
                else blocked.Add(candidate);
                continue;
            }
            // The media a speaker talks to are the audience, not a source: "told French media" (an outlet told something is: "told Reuters").
            if (role == CitationRole.Audience && candidate is { IsGroup: true, Kind: SourceKind.StateMedia, AlwaysCited: false }) continue;
            // A body that is told something passes nothing on either ("told the UN Security Council", "told the Security Council's
            // emergency meeting"): only an outlet told something is a source, and an unknown name told something may be one.
            if (role == CitationRole.Audience && !unknownName && candidate is { IsPerson: false, IsGroup: false, AlwaysCited: false }
                && candidate.Kind is SourceKind.Other or SourceKind.Government or SourceKind.Military)
            {
                blocked.Add(candidate);
                continue;
            }
            // An unknown acronym that was told something is an outlet: "told UNN".
            if (role == CitationRole.Audience && candidate is { Kind: SourceKind.Other, IsPerson: false, RoleNoun: null } && SourceText.IsAcronym(candidate.Name))
                candidate = candidate with { Kind = SourceKind.Outlet };
            accepted.Add(candidate.Role == role ? candidate : candidate with { Role = role });
            foreach (var between in candidates[index].MorePartners ?? []) accepted.Add(between.Role == role ? between : between with { Role = role });
            if (candidates[index].Partner is { } coordinated) accepted.Add(coordinated.Role == role ? coordinated : coordinated with { Role = role });
        }
        // "Spokesperson Andrii Demchenko spoke on television.", then "Demchenko said …": a titled person the sentence names without
        // citing is known by surname to the sentences after.
        if (people is not null)
            foreach (var c in candidates)
                if (c is { Priority: 0, Ref: { IsPerson: true, IsGroup: false, IsPronoun: false } named } && !accepted.Exists(a => a.Span.Start == named.Span.Start))
                    people.LearnNamed(named);
        // "… are estimated at 4,700, the lawmaker told journalists": unnamed estimates that speak by themselves (a passive, "Estimates
        // of the garrison range from") speak only where no one else in the sentence does.
        if (candidates.Exists(c => c.Speaks) && accepted.Exists(a => a.Role == CitationRole.Speaker && !SpeaksByItself(a, candidates)))
            accepted.RemoveAll(a => SpeaksByItself(a, candidates) && !documents.OpensReportClause(s, a.Span.Start - start, a.Span.End - start));
        // "Twelve soldiers killed in Mali attack", then "The army said …": the place where the document's soldiers fight is known to
        // the sentences after, which may name no country at all.
        var fighting = PlaceOfFighting(s, countries);
        if (fighting is { Country: { } fought }) documentCountry?.LearnPlace(fought);
        if (accepted.Count == 0) return [];
        accepted.Sort(ByStart);
        PossessiveOwners.Drop(s, start, accepted);
        // "The Ministry of Defence said the troops would train in Estonia": a place is not the owner of a body named without one, nor is
        // the other side ("killed in clashes with India, the military said").
        var owners = work.Owners;
        owners.Clear();
        CountryName? onlyPlace = null;
        foreach (var c in countries)
            if (!SourceText.CountryOfCity(s, c, countries) && !Frontier(s, c, countries) && !(SourceText.TryWordBefore(s, c.Span.Start, 0, out var before, out var beforeStart) && (placeWords.Contains(before) || opponentLinks.Contains(before)
                || OneThingsAdjective(s, c, before) || NamesPlace(s, c, before, beforeStart)
                || before is "for" && SourceText.TryWordBefore(s, beforeStart, 0, out var verb, out _) && departureWords.Contains(verb)))) owners.Add(c);
            else if (countries.Count(other => !Frontier(s, other, countries)) == 1 && c is { Possessive: false, IsDemonym: false }
                && SourceText.TryWordBefore(s, c.Span.Start, 0, out var place, out var placeStart) && (placeWords.Contains(place)
                    // "in southern Pakistan": a part of the country is as much a place
                    || placeAdjectives.Contains(place) && SourceText.TryWordBefore(s, placeStart, 0, out var inWord, out _) && placeWords.Contains(inWord)))
                onlyPlace = c;
        // "Ten soldiers were killed in an ambush in Mali, the country's defence ministry said": where the one country the sentence
        // names is a place, "the country's" has no other to stand for ("its" may be an earlier sentence's subject's).
        if (owners.Count == 0 && onlyPlace is { } home && accepted.Exists(r => r.IsPronoun && r.Name.StartsWith("its ", StringComparison.Ordinal)
            && r.Span.Start - start is var at && at >= 0 && s.AsSpan(at).StartsWith("the country's", StringComparison.OrdinalIgnoreCase)))
            owners.Add(home);
        // "Four soldiers were killed in an ambush in southern Pakistan, the army said": a bare body with no other owner is that of the
        // one place where the sentence's soldiers fight or die (home_fight_cues); not where troops only go or train ("About 900 troops
        // will train in Estonia, the army said" is as likely a visitor's army).
        var placeHome = owners.Count == 0 && fighting is { Country: { } placeCountry } ? placeCountry
            // (a sentence that names no country: the document's place of fighting, where it names no other owner)
            : countries.Count == 0 ? documentCountry?.Place : null;
        described.Resolve(accepted, owners, titleHits, start, documentCountry, placeHome);
        spokespeople.Rename(s, start, accepted);
        insiders.Rename(s, start, accepted);
        ToLongForms(accepted);
        DescribedOutlets(s, start, accepted);
        SectionLineOutlets(s, start, accepted);
        // "Megan Fowler is a Pentagon correspondent for NBC News.": a writer's bio names the outlet as a job description; the outlet
        // is cited only where a byline, a dateline or a sentence cites it.
        if (IsBio(s)) accepted.RemoveAll(r => r is { Kind: SourceKind.Outlet or SourceKind.StateMedia, IsCredit: false, Role: CitationRole.Mentioned });
        return accepted.ToArray();
    }

    // "More from CBS News" on a line of its own above the titles of other stories: the page's section heading. The outlet
    // credits the page; it speaks for none of the titles under it ("Zelenskyy: North Korea preparing 10,000 soldiers").
    private void SectionLineOutlets(string s, int start, List<SourceRef> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
        {
            if (accepted[i] is not { Kind: SourceKind.Outlet or SourceKind.StateMedia, IsCredit: false } outlet) continue;
            var (from, to) = (outlet.Span.Start - start, outlet.Span.End - start);
            if (from <= 0 || to > s.Length) continue;
            var lineStart = s.LastIndexOf('\n', from - 1) + 1;
            var lineEnd = s.IndexOf('\n', to) is var nl and >= 0 ? nl : s.Length;
            if (!s.AsSpan(to, lineEnd - to).Trim().IsEmpty) continue;
            if (sectionOpeners.Contains(s.AsSpan(lineStart, from - lineStart).Trim())) accepted[i] = outlet with { IsCredit = true };
        }
    }

    // "U.S. says 8,000 North Korean troops are in Kursk", "the U.S. said": a demonym written as initials is also the country's name,
    // which speaks where a speech verb (reporting_verbs) follows it right after ("U.S. officials said" stays a group's adjective).
    // Within a list of countries that speak together ("South Korea, the U.S. and Ukraine estimate", "the U.S., Seoul and Kyiv say")
    // the verb follows the list's last name.
    private bool InitialsSpeak(string s, CountryName country, List<CountryName> countries)
    {
        if (s[country.Span.End - 1] != '.') return false;
        var at = country.Span.End;
        for (var listed = 0; listed < 5; listed++)
        {
            if (speechVerbs.Contains(SourceText.WordAfter(s, at))) return true;
            // "The U.S. has said", "the U.S. now says": up to two words of speech_verb_adverbs before the verb.
            var word = at;
            for (var adverbs = 0; adverbs < 2 && speechVerbAdverbs.Contains(SourceText.WordAfter(s, word)); adverbs++)
            {
                word = SourceText.SkipWhiteSpace(s, word);
                while (word < s.Length && char.IsLetter(s[word])) word++;
                if (speechVerbs.Contains(SourceText.WordAfter(s, word))) return true;
            }
            var k = countries.FindIndex(c => c.Span.Start > at && c.Country is not null && (!c.IsDemonym || s[c.Span.End - 1] == '.') && !c.Possessive);
            if (k < 0 || countries[k] is var next && s.AsSpan(at, next.Span.Start - at).Trim() is not ("," or "and" or ", and" or "and the" or ", the" or ", and the")) return false;
            at = countries[k].Span.End;
        }
        return false;
    }

    // "according to the U.S.", "(U.S., Ukraine)", "according to the U.S. and Ukraine": a demonym written as initials is the
    // country's name where no noun follows it: the sentence or a bracket ends after it, or a list of countries' names does
    // ("U.S., British and French troops" is a list of adjectives: its last name is one).
    // The person whose title in apposition the name at span is ("NAME, Secretary of …"): a title (titles) opens the name, and a
    // person's name ends right before it at a comma; else null.
    private static SourceRef? ApposedTitleOf(string s, int start, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<SourceCandidate> candidates)
    {
        var at = span.Start - start;
        // A capitalised title ("Secretary of …"), not a voice's noun ("…, officials said").
        if (!char.IsUpper(s[at]) || !titleHits.Any(t => t.Span.Start == at)) return null;
        var comma = SourceText.SkipWhiteSpaceBack(s, at);
        if (comma <= 0 || s[comma - 1] != ',') return null;
        var nameEnd = start + comma - 1;
        foreach (var c in candidates)
            if (c.Ref is { IsPerson: true, IsGroup: false, IsPronoun: false } person && person.Span.End == nameEnd) return person;
        return null;
    }

    private static bool InitialsNoun(string s, CountryName country, List<CountryName> countries)
    {
        if (s[country.Span.End - 1] != '.') return false;
        var at = country.Span.End;
        for (var listed = 0; listed < 5; listed++)
        {
            var next = SourceText.SkipWhiteSpace(s, at);
            if (next >= s.Length || s[next] is ')' or ';') return true;
            // "According to the U.S., about 10,000 …": a comma, then a word in lower case that is no list's conjunction.
            if (s[next] == ',' && SourceText.SkipWhiteSpace(s, next + 1) is var word && word < s.Length && char.IsLower(s[word])
                && SourceText.WordAfter(s, next + 1) is not ("and" or "or")) return true;
            var k = countries.FindIndex(c => c.Span.Start >= next && c.Country is not null && !c.Possessive);
            if (k < 0 || countries[k] is var following && s.AsSpan(at, following.Span.Start - at).Trim() is not ("," or "and" or ", and" or "or" or "and the" or ", the" or ", and the"))
                return false;
            if (!following.IsDemonym) return true;
            if (s[following.Span.End - 1] != '.') return false;
            at = following.Span.End;
        }
        return false;
    }

    // "Pakistan's state media organisation PTV", "Russian media outlet RBC": a country's media that only describe the outlet named
    // right after them (one or two lower-case words between) are that outlet, one source, not two.
    private static void DescribedOutlets(string s, int start, List<SourceRef> accepted)
    {
        for (var i = accepted.Count - 2; i >= 0; i--)
            if (accepted[i] is { IsGroup: true, Kind: SourceKind.StateMedia or SourceKind.Outlet } media
                && accepted[i + 1] is { IsGroup: false, Kind: SourceKind.StateMedia or SourceKind.Outlet } outlet && outlet.Span.Start > media.Span.End)
            {
                var gap = s.AsSpan(media.Span.End - start, outlet.Span.Start - media.Span.End);
                var words = 0;
                foreach (var range in gap.Split(' '))
                    if (gap[range] is { IsEmpty: false } w && (++words > 2 || !char.IsLower(w[0]) || w.ContainsAny(',', ';', '.'))) { words = 3; break; }
                if (words <= 2) accepted.RemoveAt(i);
            }
    }

    // The one country a sentence names, as the place (after a place word, "in southern Pakistan") where soldiers fight or die; null
    // for none.
    private CountryName? PlaceOfFighting(string s, List<CountryName> countries)
    {
        CountryName? only = null;
        foreach (var other in countries)
            if (!Frontier(s, other, countries))
            {
                if (only is not null) return null;
                only = other;
            }
        if (only is not { IsDemonym: false } c || !FightsAtHome(s) || ServesAbroad(s, c)) return null;
        if (!SourceText.TryWordBefore(s, c.Span.Start, 0, out var place, out var placeStart)) return null;
        // "in Pakistan's North Waziristan district": a possessive after a place word names a part of the country, unless what it
        // owns there is a body ("inside Russia's airborne units").
        if (c.Possessive && !(placeWords.Contains(place) && !OwnsBodyAfter(s, c.Span.End))) return null;
        var link = place;
        var linkStart = placeStart;
        if (!placeWords.Contains(place))
        {
            if (!placeAdjectives.Contains(place) || !SourceText.TryWordBefore(s, placeStart, 0, out var inWord, out var inStart) || !placeWords.Contains(inWord)) return null;
            link = inWord;
            linkStart = inStart;
        }
        // "Special forces killed 12 militants in a raid into Pakistan, the army said": a country troops cross into is where a force
        // from elsewhere went, so no owner of the bare body; unless armed men are the ones crossing ("Militants who crossed into
        // Pakistan killed five soldiers": the soldiers are at home).
        return crossingWords.Contains(link) && !ArmedGroupCrosses(s, linkStart) ? null : c;
    }

    // Whether an armed group's noun (armed_group_nouns) stands within four words before the crossing word at `at`, with no mark,
    // article or place word between ("militants who had crossed into", not "militants in a raid into").
    private bool ArmedGroupCrosses(string s, int at)
    {
        var e = at;
        for (var words = 0; words < 4; words++)
        {
            while (e > 0 && s[e - 1] == ' ') e--;
            var b = e;
            while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] == '-')) b--;
            if (b == e) return false;
            var word = s.AsSpan(b, e - b);
            if (armedGroupNouns.Contains(word)) return true;
            if (placeWords.Contains(word) || word is "a" or "an" or "the") return false;
            e = b;
        }
        return false;
    }

    // Whether one of the three words after a possessive is a body's (dateline_frontier_bodies, not_person_words, organisation_heads,
    // armed services): "Mali's armed forces", "Pakistan's army".
    private bool OwnsBodyAfter(string s, int at)
    {
        var p = at;
        for (var words = 0; words < 3; words++)
        {
            p = SourceText.SkipWhiteSpace(s, p);
            var e = SourceText.WordEnd(s, p);
            if (e <= p) return false;
            var word = s.AsSpan(p, e - p);
            if (frontiers.IsBodyWord(word) || bodyNameEnds.Contains(word) || armedServices.TryGet(word, out _)) return true;
            p = e;
        }
        return false;
    }

    // "near the Mali border", "near the border with Burkina Faso and Mali": a state on the far side of a frontier is a place, neither
    // a voice nor a body's owner (dateline_frontier_nouns), unless the noun names its body ("the Pakistan Border Police said").
    private bool Frontier(string s, CountryName c, List<CountryName> countries)
    {
        if (c.Possessive || c.IsGroupAdjective) return false;
        if (SourceText.TryWordBefore(s, c.Span.Start, 0, out var before, out var beforeStart))
        {
            if (before is "with" && frontiers.NounBefore(s, beforeStart)) return true;
            // "the border with Burkina Faso and Mali": the state joined to one on the far side is there too.
            if (before is "and" or "or" && countries.FindIndex(o => o.Span.End <= beforeStart && s.AsSpan(o.Span.End, beforeStart - o.Span.End).IsWhiteSpace()) is var partner
                && partner >= 0 && countries[partner].Span.Start < c.Span.Start && Frontier(s, countries[partner], countries)) return true;
        }
        return frontiers.NounAfter(s, c.Span.End);
    }

    // "At least 16 Sri Lankans have been killed fighting in Ukraine": a place after a verb of serving (abroad_service_verbs) is
    // where men of another country went; "killed in fighting in Ukraine" (a noun after "in") is no such verb.
    private bool ServesAbroad(string s, CountryName place) =>
        SourceText.TryWordBefore(s, place.Span.Start, 0, out _, out var linkStart)
        && SourceText.TryWordBefore(s, linkStart, 0, out var verb, out var verbStart) && abroadServiceVerbs.Contains(verb)
        && !(SourceText.TryWordBefore(s, verbStart, 0, out var placeWord, out _) && placeWords.Contains(placeWord));

    // Whether a word of the sentence says that soldiers fight or die there (home_fight_cues: "killed", "ambush", "clashes").
    private bool FightsAtHome(string s)
    {
        for (var p = 0; p < s.Length; p++)
        {
            if (!char.IsLetter(s[p]) || p > 0 && char.IsLetter(s[p - 1])) continue;
            var e = p;
            while (e < s.Length && char.IsLetter(s[e])) e++;
            if (homeFightCues.Contains(s.AsSpan(p, e - p))) return true;
            p = e;
        }
        return false;
    }

    // "Two soldiers died dismantling an Israeli drone, the army said": a demonym after an indefinite article (single_thing_articles)
    // names one thing's maker, not the owner of a body named without one, unless a troop word follows ("a Malian soldier").
    // "leaving the rest of the force in Arbil, the capital of Iraq's Kurdish region, the Defense Ministry said", "visited Kabul, the
    // Afghan capital, the foreign ministry said": a country that names a place of it (its possessive or its adjective before a place
    // noun, or after "the north of"), a part of it ("in southern Iraq") or the place troops come from ("return home from Iraq")
    // owns no body the sentence names bare.
    private bool NamesPlace(string s, CountryName c, ReadOnlySpan<char> before, int beforeStart)
    {
        if (before is "from" || placeAdjectives.Contains(before)) return true;
        if (before is "of" && SourceText.TryWordBefore(s, beforeStart, 0, out var noun, out _) && ownerPlaceNouns.Contains(noun)) return true;
        if (!(c.IsDemonym && !c.Possessive) && !(c.Possessive && CountryName.IsPossessiveEnd(s, c.Span.End))) return false;
        // "Iraq's Kurdish region", "the southern Iraqi city": the place noun right after, or after one more word.
        var next = SourceText.SkipWhiteSpace(s, c.Span.End);
        var word = SourceText.WordAfter(s, c.Span.End);
        if (ownerPlaceNouns.Contains(word)) return true;
        return c.Possessive && word.Length > 0 && ownerPlaceNouns.Contains(SourceText.WordAfter(s, next + word.Length));
    }

    // Whether s is a person's bio: a name of two to four capitalised words, then a link of bio_links ("is a", "was an") and the job.
    private bool IsBio(string s)
    {
        var p = 0;
        var words = 0;
        while (p < s.Length && char.IsUpper(s[p]) && words < 5)
        {
            var e = SourceText.WordEnd(s, p);
            if (e <= p) return false;
            words++;
            p = SourceText.SkipWhiteSpace(s, e);
        }
        if (words is < 2 or > 4 || p >= s.Length) return false;
        foreach (var link in bioLinks)
            if (string.CompareOrdinal(s, p, link, 0, link.Length) == 0 && p + link.Length < s.Length && s[p + link.Length] == ' ') return true;
        return false;
    }

    private bool OneThingsAdjective(string s, CountryName c, ReadOnlySpan<char> before) =>
        c is { IsDemonym: true, Possessive: false } && singleThingArticles.Contains(before) && !troopWords.Contains(SourceText.WordAfter(s, c.Span.End));

    // "The Armenian side announced": a country's side (state_group_heads) is the state, by the country's name, as "Yerevan said" is.
    // "the Thai army said" (a reading "Thai Army" of Thailand): the gazetteer's "Royal Thai Army", named in full.
    private void ToLongForms(List<SourceRef> accepted)
    {
        for (var i = 0; i < accepted.Count; i++)
            if (accepted[i] is { Country: { } country, IsPerson: false, IsPronoun: false } r && r.Name.LastIndexOf(' ') is var space and > 0)
            {
                if (r.IsGroup && stateGroupHeads.Contains(r.Name.AsSpan(space + 1)))
                    accepted[i] = r with { Name = country, Kind = SourceKind.Government, RoleNoun = "government", IsGroup = false };
                // "the Cuban Armed Forces said": a country's whole armed forces by a generic name after its demonym are its military.
                else if (r.Kind == SourceKind.Military && countryWords.Adjective(country) is var adjective && r.Name.Length > adjective.Length + 1
                    && r.Name.StartsWith(adjective + " ", StringComparison.Ordinal) && demonymForceNames.Contains(r.Name[(adjective.Length + 1)..])
                    && !gazetteer.TryResolveSpelling(r.Name, out _))
                    accepted[i] = r with { Name = $"{adjective} military" };
                else if (r.Kind is SourceKind.Military or SourceKind.Government && shortForms.Count > 0
                    && shortForms.TryGetValue(SourceGazetteer.Spelling(r.Name), out var entry) && entry.Country == country)
                    accepted[i] = r with { Name = entry.Name, Kind = entry.Kind };
            }
    }

    // "ISPR said" in a document that wrote "Inter-Services Public Relations (ISPR)", "the AFP said" after "the Armed Forces of the
    // Philippines (AFP)": an acronym the document defined is the body it defined, cited only where the text cites it (not the
    // agency the gazetteer knows by the same letters). A credit keeps its outlet ("MANILA (AFP) -").
    private static void Defined(string s, int start, DocumentAcronyms acronyms, List<SourceCandidate> candidates)
    {
        for (var i = 0; i < candidates.Count; i++)
        {
            var c = candidates[i].Ref;
            var (from, to) = (c.Span.Start - start, c.Span.End - start);
            if (c.IsCredit || c.IsPronoun || to - from is < 2 or > 7 || !SourceText.IsAcronym(s.AsSpan(from, to - from))
                || !acronyms.TryGet(s.AsSpan(from, to - from), out var body) || body.Name == c.Name) continue;
            // A defined acronym is a name the document knows, not an unknown word: a headline may cite it after its colon ("…: MND").
            candidates[i] = new(Math.Min(candidates[i].Priority, 2), c with { Name = body.Name, Kind = body.Kind, Country = body.Country, RoleNoun = body.RoleNoun,
                IsPerson = false, IsGroup = false, AlwaysCited = false }) { CitedOnly = true };
        }
    }

    // "the Russian Security Council", "Armenia's Security Council", "the Security Council of Armenia", "Karabakh Security Council": an
    // international body's bare name (national_body_names) after a capitalised word or before "of" and one is a country's body, named
    // by the capitalised run it is part of, unless the word is the international body's own ("UN", "United Nations") or a day's.
    private bool IsNationalForm(string s, int from, int to, GazetteerEntry entry)
    {
        if (entry.Country is not null || !nationalBodyNames.Contains(s.AsSpan(from, to - from))) return false;
        if (from > 1 && s[from - 1] == ' ')
        {
            var b = from - 1;
            while (b > 0 && (char.IsLetter(s[b - 1]) || s[b - 1] is '.' or '\'' or '’' or '-')) b--;
            var word = s.AsSpan(b, from - 1 - b);
            if (word.EndsWith("'s") || word.EndsWith("’s")) word = word[..^2];
            if (word.Length > 0 && char.IsUpper(word[0]) && !internationalMarkers.Contains(word) && !calendarNames.Contains(word)) return true;
        }
        var p = SourceText.SkipWhiteSpace(s, to);
        if (p + 3 >= s.Length || string.CompareOrdinal(s, p, "of ", 0, 3) != 0) return false;
        p = SourceText.SkipWhiteSpace(s, p + 3);
        if (string.CompareOrdinal(s, p, "the ", 0, 4) == 0) p = SourceText.SkipWhiteSpace(s, p + 4);
        var e = SourceText.WordEnd(s, p);
        return e > p && char.IsUpper(s[p]) && !internationalMarkers.Contains(s.AsSpan(p, e - p));
    }

    // "Ukraine's intelligence chief Kyrylo Budanov", "Pentagon Chief Spokesman Sean Parnell": the organisation opens the
    // title of a person named right after it (a title that starts inside the span or after it, past a possessive, and
    // runs on past it), so it is part of the job title and not a voice of its own.
    private static bool HoldsTitle(string s, int start, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<SourceCandidate> candidates)
    {
        for (var t = 0; t < titleHits.Count; t++)
        {
            var title = titleHits[t].Span;
            if (title.Start < span.Start - start || title.End <= span.End - start) continue;
            if (title.Start > span.End - start && s.AsSpan(span.End - start, title.Start - (span.End - start)).Trim() is not ("" or "'s" or "’s")) continue;
            var first = SourceText.SkipWhiteSpace(s, title.End);
            // "Chief Spokesman Tom Allard", "army chief General Manoj Naravane": the name may start after the titles that follow.
            var name = first;
            for (var u = t + 1; u < titleHits.Count; u++)
                if (titleHits[u].Span.Start == name) name = SourceText.SkipWhiteSpace(s, titleHits[u].Span.End);
            foreach (var c in candidates)
                if (c.Priority == 0 && c.Ref.IsPerson && c.Ref.Span.Start >= start + first && c.Ref.Span.Start <= start + name) return true;
        }
        return false;
    }

    // "Col. Xerxes Trinidad, the AFP's spokesman, told reporters": an organisation whose possessive opens a title in apposition
    // to the person before it is part of the job title, not a voice (not the news agency either). Only after a person: "Kenya
    // sent 400 troops, the army's spokesman said" is the army speaking (BodyUnits).
    private static bool OwnsApposedTitle(string s, int start, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<SourceCandidate> candidates)
    {
        var (from, to) = (span.Start - start, span.End - start);
        if (to + 2 >= s.Length || s[to] is not ('\'' or '’') || s[to + 1] != 's') return false;
        var title = SourceText.SkipWhiteSpace(s, to + 2);
        var at = from;
        if (SourceText.TryWordBefore(s, at, 0, out var the, out var theStart) && the is "the") at = theStart;
        while (at > 0 && s[at - 1] == ' ') at--;
        if (at == 0 || s[at - 1] != ',') return false;
        var titleEnd = -1;
        for (var t = 0; t < titleHits.Count && titleEnd < 0; t++)
            if (titleHits[t].Span.Start == title) titleEnd = titleHits[t].Span.End;
        if (titleEnd < 0) return false;
        // "…, the army's spokesman, Col. Paul Njuguna, said": the holder named after the title speaks, as after a person before it.
        if (titleEnd < s.Length && s[titleEnd] == ',' && SourceText.SkipWhiteSpace(s, titleEnd + 1) is var holder && holder < s.Length && char.IsUpper(s[holder])) return true;
        foreach (var c in candidates)
            if (c.Ref is { IsPerson: true, IsPronoun: false } && c.Ref.Span.End == start + at - 1) return true;
        return false;
    }

    // "This was stated by the head of the Belarusian Ministry of Defense Viktor Khrenin": the office's holder is named right after
    // the body (a titled person), so the body is part of the holder's title and does not speak for the office.
    private static bool HolderNamedAfter(string text, TextSpan body, List<SourceCandidate> candidates)
    {
        var at = SourceText.SkipWhiteSpace(text, body.End);
        if (at == body.End) return false;
        foreach (var c in candidates)
            if (c.Priority == 0 && c.Ref is { IsPerson: true } person && person.Span.Start == at) return true;
        return false;
    }

    // "Kyrylo Budanov, the head of Ukraine's military intelligence said": a person's name and a comma right before the office
    // name its holder, though no comma closes the title.
    private static bool HolderNamedBefore(string text, int office, List<SourceCandidate> candidates)
    {
        var comma = SourceText.SkipWhiteSpaceBack(text, office);
        if (comma == 0 || text[comma - 1] != ',') return false;
        foreach (var c in candidates)
            if (c.Ref is { IsPerson: true, IsGroup: false, IsPronoun: false } person && person.Span.End == comma - 1) return true;
        return false;
    }

    // Whether a candidate may be a body an office heads ("the head of Uganda's military", "the commander of the Lebanese army":
    // a country's body read as a group is one): not a person, nor a group of people named by a lower-case plural ("the commander
    // of US ground forces in Europe said" is the office of a person). The callers leave out unknown names too ("the head of U.S.
    // Air Forces in Europe said" names no "Air Forces").
    private static bool HeadedBody(SourceRef candidate) => !candidate.IsPerson && !(candidate.IsGroup && EndsInLowerPlural(candidate.Name));

    // "U.S. ground forces", "officials": the name's last word is lower-case and ends in s.
    private static bool EndsInLowerPlural(string name) => char.IsLower(name[name.LastIndexOf(' ') + 1]) && name[^1] == 's';

    // "Kyrylo Budanov, Ukraine's military intelligence chief, said": a body that opens the title set off by a comma after a
    // person's name (the title right after the body) is part of the person's job title, not a voice beside them.
    private static bool OpensApposedTitle(string s, int start, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<SourceCandidate> candidates)
    {
        var (from, to) = (span.Start - start, span.End - start);
        // The title starts right after the body or inside it ("military intelligence chief" holds "intelligence chief"), and runs past it.
        var next = SourceText.SkipWhiteSpace(s, to);
        if (next == to || next >= s.Length) return false;
        var titled = false;
        for (var t = 0; t < titleHits.Count && !titled; t++)
            titled = titleHits[t].Span.Start > from && titleHits[t].Span.Start <= next && titleHits[t].Span.End > to;
        if (!titled) return false;
        var at = from;
        if (SourceText.TryWordBefore(s, at, 0, out var the, out var theStart) && the is "the") at = theStart;
        while (at > 0 && s[at - 1] == ' ') at--;
        if (at < 2 || s[at - 1] != ',') return false;
        var comma = at - 1;
        foreach (var c in candidates)
            if (c.Ref is { IsPerson: true, IsGroup: false, IsPronoun: false } && c.Ref.Span.End == start + comma) return true;
        return false;
    }

    // "The Kenyan Defence Ministry confirmed the plan. The ministry's statement said 400 …": a statement owned by a description
    // ("the ministry's", a pronoun candidate from `from` on) is the statement of what the description stands for, which speaks;
    // only where it stands for nothing is the statement named as the text names it ("according to the mission's plan"). The
    // description takes the statement's reading as its fallback, and the statement's own candidate goes.
    private static void DescribedDocuments(List<SourceCandidate> candidates, int from)
    {
        for (var p = from; p < candidates.Count; p++)
        {
            if (candidates[p].Ref is not { IsPronoun: true, RoleNoun: not null, Fallback: null } description || !description.Name.StartsWith("the ", StringComparison.Ordinal)) continue;
            for (var d = 0; d < from; d++)
                if (candidates[d] is { Priority: 4, SpeakerOnly: true, Ref: { IsPronoun: false, IsPerson: false } statement }
                    && statement.Span.Start > description.Span.Start && statement.Span.Start < description.Span.End && statement.Span.End > description.Span.End)
                {
                    candidates[p] = new(candidates[p].Priority, description with { Fallback = statement });
                    candidates.RemoveAt(d);
                    from--;
                    p--;
                    break;
                }
        }
    }

    // "The Main Intelligence Directorate (HUR) of the Ministry of Defense of Ukraine announced", "the Main Directorate of
    // Intelligence of Ukraine's Defence Ministry said": a state body after "of" (past "the") right after another body (past its
    // short name in brackets) is that body's address, as the armed forces of a general staff are; the body before speaks.
    private static bool AddressOfBody(string s, int start, SourceRef address, List<SourceCandidate> candidates)
    {
        if (address is not { IsGroup: false, IsPronoun: false, Kind: SourceKind.Military or SourceKind.Government }) return false;
        var at = address.Span.Start - start;
        if (SourceText.TryWordBefore(s, at, 0, out var the, out var theStart) && the is "the") at = theStart;
        if (!SourceText.TryWordBefore(s, at, 0, out var of, out var ofStart) || of is not "of") return false;
        var end = ofStart;
        while (end > 0 && s[end - 1] == ' ') end--;
        // "(HUR)": the body's short name between it and its address.
        if (end > 0 && s[end - 1] == ')' && s.LastIndexOf('(', end - 1) is var open and > 0)
        {
            end = open;
            while (end > 0 && s[end - 1] == ' ') end--;
        }
        foreach (var c in candidates)
            if (c.Ref is { IsPerson: false, IsGroup: false, IsPronoun: false, Kind: SourceKind.Intelligence or SourceKind.Military or SourceKind.Government } body
                && body.Span.End == start + end && body.Name != address.Name) return true;
        return false;
    }

    // "according to South Korean MP Yu Yong-won", "citing Ukrainian lawmaker Oleksii Goncharenko": a group of a country's voices
    // named right before a titled person (one space between) is that person's title, no voice beside them.
    private static bool TitlesNamedPerson(string s, int start, TextSpan span, List<SourceCandidate> candidates)
    {
        var to = span.End - start;
        if (to + 1 >= s.Length || s[to] != ' ' || !char.IsUpper(s[to + 1])) return false;
        foreach (var c in candidates)
            if (c is { Priority: 0, Ref: { IsPerson: true, IsGroup: false, IsPronoun: false } person } && person.Span.Start == span.End + 1) return true;
        return false;
    }

    // "A spokesman for the Kenya Defence Forces, Col. Zipporah Kioko, said": a body after a title and "for" or "of", with the
    // title's holder named in apposition after it (a titled person's reading starts right after the comma), is part of the
    // holder's job title: the holder speaks, not the body.
    private static bool HeadedByHolder(string s, int start, TextSpan span, IReadOnlyList<PhraseMatch> titleHits, List<SourceCandidate> candidates)
    {
        var (from, to) = (span.Start - start, span.End - start);
        if (to >= s.Length || s[to] != ',') return false;
        var next = SourceText.SkipWhiteSpace(s, to + 1);
        var holder = false;
        foreach (var c in candidates)
            if (c.Priority == 0 && c.Ref.IsPerson && (c.Ref.Span.Start == start + next || c.NameSpan is { } name && name.Start == start + next
                || c.Ref.Span.Start > start + next && SpansTitles(s, next, c.Ref.Span.Start - start, titleHits))) holder = true;
        if (!holder) return false;
        var at = from;
        if (SourceText.TryWordBefore(s, at, 0, out var the, out var theStart) && the is "the") at = theStart;
        if (!SourceText.TryWordBefore(s, at, 0, out var link, out var linkStart) || link is not ("for" or "of")) return false;
        var end = linkStart;
        while (end > 0 && s[end - 1] == ' ') end--;
        for (var t = 0; t < titleHits.Count; t++)
            if (titleHits[t].Span.End == end) return true;
        return false;
    }

    // "Yevgeny Ilyin of the Russian Defence Ministry said": a body right after a person's name and "of" (past "the" and lower-case
    // modifiers after it: "of the ruling Democratic Party") is where the
    // person works, part of how the text names them, not a voice beside them. An outlet stays one ("John Smith of Reuters").
    // "From" names a workplace as "of" does ("an analyst, Jane Roe from the Asan Institute, said", "lawmaker Kim from the ruling
    // party"): the person speaks, the body is how the text places them.
    private static bool WorkplaceOfPerson(string s, int start, SourceRef body, List<SourceCandidate> candidates)
    {
        if (body.Kind is SourceKind.Outlet or SourceKind.StateMedia) return false;
        var at = body.Span.Start - start;
        // "Rep. Kim of the main opposition People Power Party": up to three lower-case words between "the" and the body.
        var p = at;
        for (var k = 0; k < 4 && SourceText.TryWordBefore(s, p, 0, out var word, out var wordStart); k++)
        {
            if (word is "the") { at = wordStart; break; }
            if (word is "of" or "from" || k == 3 || word.IsEmpty || !char.IsLower(word[0])) break;
            p = wordStart;
        }
        if (!SourceText.TryWordBefore(s, at, 0, out var link, out var linkStart) || link is not ("of" or "from")) return false;
        var end = linkStart;
        while (end > 0 && s[end - 1] == ' ') end--;
        foreach (var c in candidates)
            if (c.Ref is { IsPerson: true, IsGroup: false, IsPronoun: false } && c.Ref.Span.End == start + end) return true;
        return false;
    }

    // Whether only titles stand between `from` and `to` ("Col. " before a name).
    private static bool SpansTitles(string s, int from, int to, IReadOnlyList<PhraseMatch> titleHits)
    {
        var at = from;
        for (var t = 0; t < titleHits.Count && at < to; t++)
            if (titleHits[t].Span.Start == at) at = SourceText.SkipWhiteSpace(s, titleHits[t].Span.End);
        return at == to;
    }

    // The one country whose state bodies the sentence names ("The Pentagon is drawing up …, citing defense officials": the
    // United States), and where the first is in the sentence; (null, 0) when it names none or several.
    private static (string? Country, int At) StateBodyCountry(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, int start)
    {
        (string? Country, int At) found = (null, 0);
        for (var i = 0; i < gazetteerMatches.Count; i++)
            if (gazetteerMatches[i].Entry is { Country: { } c, Kind: SourceKind.Government or SourceKind.Military or SourceKind.Intelligence })
            {
                if (found.Country is not null && found.Country != c) return (null, 0);
                if (found.Country is null) found = (c, gazetteerMatches[i].Span.Start - start);
            }
        return found;
    }

    // The one country of the national outlets the sentence names ("…, Yonhap reported, citing military sources": South
    // Korea), as a country's press cites its own officials; null when it names none, several, or a world outlet
    // (Reuters, AFP), which cites everyone's.
    private string? OutletCountry(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches)
    {
        string? found = null;
        for (var i = 0; i < gazetteerMatches.Count; i++)
            if (gazetteerMatches[i].Entry is { Kind: SourceKind.Outlet or SourceKind.StateMedia } outlet)
            {
                if (worldOutlets.Contains(outlet.Name) || outlet.Country is not { } c || found is not null && found != c) return null;
                found = c;
            }
        return found;
    }

    private static readonly Comparison<SourceRef> ByStart = (a, b) => a.Span.Start.CompareTo(b.Span.Start);

    // "President Donald Trump's administration said": a known body named by its holder's possessive ("Donald Trump's
    // administration") speaks, not the titled holder read over the first words of its name; the titled person's reading that
    // ends inside the body's name, at its possessive, gives way to it.
    private static void PossessedBodies(List<SourceCandidate> candidates)
    {
        if (!candidates.Exists(c => c.Priority == 0)) return;
        var bodies = candidates.FindAll(c => c is { Priority: 1, Ref.IsPerson: false }).ConvertAll(c => c.Ref.Span);
        foreach (var body in bodies)
            candidates.RemoveAll(c => c is { Priority: 0, Ref: { IsPerson: true } person } && person.Span.Start <= body.Start
                && person.Span.End > body.Start && person.Span.End < body.End);
    }

    // Whether candidate x comes before candidate y: lower priority, then the longer span, then the one found first.
    private static bool Before(List<SourceCandidate> candidates, int x, int y)
    {
        // By reference: a candidate is a struct of several fields, and the sort compares often.
        var all = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(candidates);
        ref readonly var a = ref all[x];
        ref readonly var b = ref all[y];
        return a.Priority != b.Priority ? a.Priority < b.Priority
            : a.Ref.Span.Length != b.Ref.Span.Length ? a.Ref.Span.Length > b.Ref.Span.Length
            : x < y;
    }

    // "Winona Ryder said": a known official's surname after a given name that is not theirs is someone else of that name.
    // A title before the surname ("Gen. Ryder", "Defense Secretary Hegseth"), a word that starts no name ("On Monday Trump",
    // not_name_starts) or the sentence's start keeps the official.
    // "The SADC Organ Troika said": a known body that capitalised words (no title among them: "NATO Secretary General X said"
    // keeps NATO) extend right up to a speech verb starts a longer name the kit does not know; that name (its capitalised run)
    // is the speaker, not the body inside it, which would leave the sentence without one.
    // Not a body whose next words are a name the gazetteer knows ("Ukraine's military intelligence agency HUR said").
    private bool ExtendedSpeaker(string s, int start, int to, IReadOnlyList<PhraseMatch> titleHits, IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches)
    {
        foreach (var (span, _) in gazetteerMatches)
            if (span.Start > start + to && span.Start <= start + to + 1) return false;
        var (e, words) = (to, 0);
        while (e + 1 < s.Length && s[e] == ' ' && char.IsUpper(s[e + 1]))
        {
            var w = e + 1;
            while (w < s.Length && char.IsLetter(s[w])) w++;
            foreach (var t in titleHits)
                if (t.Span.Start < w && e + 1 < t.Span.End) return false;
            (e, words) = (w, words + 1);
        }
        if (words == 0 || e + 1 >= s.Length || s[e] != ' ') return false;
        var verb = e + 1;
        while (e + 1 < s.Length && char.IsLetter(s[e + 1])) e++;
        return speechVerbs.Contains(s.AsSpan(verb, e + 1 - verb));
    }

    private bool IsOtherBearer(string s, int from, int to, GazetteerEntry entry, IReadOnlyList<PhraseMatch> titleHits)
    {
        if (entry.Kind != SourceKind.Official || s.AsSpan(from, to - from).Contains(' ')) return false;
        if (from < 3 || s[from - 1] != ' ' || !char.IsLetter(s[from - 2])) return false;
        var before = SourceText.WordBefore(s.AsSpan(0, from - 1), from - 1, out var beforeStart);
        if (before.Length < 2 || !char.IsUpper(before[0]) || !char.IsLower(before[^1]) || notNameStarts.Contains(before)) return false;
        foreach (var t in titleHits)
            if (t.Span.End >= beforeStart + before.Length && t.Span.Start <= beforeStart) return false;
        return !(entry.Name.Length > before.Length && entry.Name[before.Length] == ' ' && entry.Name.AsSpan().StartsWith(before, StringComparison.OrdinalIgnoreCase));
    }

    // "the outlet Cubanos por el Mundo": a known name matched in lower case ("el Mundo" for El Mundo) after a lower-case connector
    // that follows a capitalised word is the tail of a longer name, not the entry.
    private static bool InsideLongerName(string s, int from, GazetteerEntry entry)
    {
        if (from >= s.Length || !char.IsLower(s[from]) || entry.Name.Length == 0 || !char.IsUpper(entry.Name[0])) return false;
        if (!SourceText.TryWordBefore(s, from, 0, out _, out var connector)) return false;
        var e = connector;
        while (e > 0 && s[e - 1] == ' ') e--;
        if (e == connector || e == 0) return false;
        var b = e;
        while (b > 0 && char.IsLetter(s[b - 1])) b--;
        return b < e && char.IsUpper(s[b]);
    }

    // "Taiwan's Ministry of National Defense": a country's body the gazetteer knows by a name other states give theirs too, right
    // after another country's possessive or adjective, is that country's body (MinistryFinder reads it), not the entry's.
    private static bool OwnedByOther(string s, int from, GazetteerEntry entry, List<CountryName> countries)
    {
        if (entry.Country is null) return false;
        foreach (var c in countries)
            if (c.Country is { } owner && owner != entry.Country && (c.Possessive || c.IsDemonym) && c.Span.End <= from && SourceText.IsWhiteSpace(s, c.Span.End, from))
                return true;
        return false;
    }

    // The unit of the country whose possessive or adjective stands right before s[from..to], where those words are a unit name any
    // country's army bears ("Southern Command", "Eighth Army": unit_name_words, then a word of country_unit_ends): "<adjective>
    // <name>", the gazetteer's entry of that name where it has one. Null when the words are another name or no owner stands there.
    private SourceRef? OwnedUnit(string s, int from, int to, List<CountryName> countries)
    {
        var words = s[from..to].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !unitEnds.Contains(words[^1])) return null;
        for (var w = 0; w < words.Length - 1; w++)
            if (!unitNameWords.Contains(words[w])) return null;
        foreach (var c in countries)
            if (c.Country is { } owner && (c.Possessive || c.IsDemonym) && c.Span.End <= from && SourceText.IsWhiteSpace(s, c.Span.End, from))
            {
                var name = $"{countryWords.Adjective(owner)} {string.Join(' ', words)}";
                return gazetteer.TryResolveSpelling(name, out var known) && known.Country == owner
                    ? new SourceRef(default, known.Name, known.Kind, known.Country, CitationRole.Mentioned, SourceNouns.RoleNounOf(known))
                    : new SourceRef(default, name, SourceKind.Military, owner, CitationRole.Mentioned, "military");
            }
        return null;
    }

    // "China plans to send 700 troops, the country's Ministry of National Defense said": a state body the gazetteer gives to one
    // country by a name any state's may bear ("Ministry of National Defense": Seoul's), owned by "its" or "the country's", is
    // the body of the sentence's owning country, when that is another: the entry's name with that country's adjective
    // ("Chinese Defense Ministry"). Null when the name is no such, or the sentence names no other owner.
    private GazetteerEntry? OwnedByPossessive(string s, int from, GazetteerEntry entry, List<CountryName> countries)
    {
        if (entry.Country is not { } own || !entry.Name.StartsWith(countryWords.Adjective(own) + " ", StringComparison.Ordinal)) return null;
        var e = from;
        while (e > 0 && s[e - 1] == ' ') e--;
        var before = s.AsSpan(0, e);
        var owned = false;
        foreach (var words in ownerWords) owned |= SourceText.EndsWithWords(before, words);
        if (!owned) return null;
        // The owner is the first country the sentence names that is no place ("to South Sudan") nor whose troops ("Chinese troops").
        string? other = null;
        foreach (var c in countries)
        {
            if (c.Country is not { } named || SourceText.TryWordBefore(s, c.Span.Start, 0, out var link, out _) && placeWords.Contains(link)
                || c.IsDemonym && troopWords.Contains(SourceText.WordAfter(s, c.Span.End))) continue;
            other = named;
            break;
        }
        if (other is null || other == own) return null;
        var name = countryWords.Adjective(other) + entry.Name[countryWords.Adjective(own).Length..];
        return gazetteer.TryResolveSpelling(name, out var known) && known.Country == other ? known : entry with { Name = name, Country = other };
    }

    // "TAIPEI (Reuters) - …, the Ministry of National Defense said": a state body's name that the gazetteer gives one country but
    // that names no country itself (several states' defense ministries bear it) is, in a story filed from another country, that
    // country's body, as a possessive before it makes it (OwnedByPossessive). With no dateline it stays the gazetteer's.
    private GazetteerEntry? DatelineOwned(int from, int to, GazetteerEntry entry, List<CountryName> countries, string? dateline)
    {
        if (dateline is null || entry.Country is not { } own || own == dateline || !entry.Name.StartsWith(countryWords.Adjective(own) + " ", StringComparison.Ordinal)) return null;
        foreach (var c in countries)
            if (c.Span.Start < to && c.Span.End > from) return null;
        var name = countryWords.Adjective(dateline) + entry.Name[countryWords.Adjective(own).Length..];
        return gazetteer.TryResolveSpelling(name, out var known) && known.Country == dateline ? known : entry with { Name = name, Country = dateline };
    }

    // "5,000 AFP troops", "AFP soldiers": an outlet's initials right before a troop word are a force's (the Armed Forces of the
    // Philippines), not the agency's; a force is no outlet, and whether it speaks is for the text to say elsewhere.
    private bool IsForceInitials(string s, int from, int to, GazetteerEntry entry)
    {
        if (entry.Kind is not (SourceKind.Outlet or SourceKind.StateMedia) || !SourceText.IsAcronym(s.AsSpan(from, to - from))) return false;
        var next = SourceText.SkipWhiteSpace(s, to);
        return next > to && troopWords.Contains(s.AsSpan(next, SourceText.WordEnd(s, next) - next));
    }

    // An unknown name (priority 4) is a source only where the text cites it; so is any reading equal to one.
    // Whether an unknown name's last word names a body (document_body_heads: "Defence Intelligence Organisation").
    private bool IsBodyName(string text, TextSpan span) =>
        SourceText.WordStartBefore(text, span.End) is var last and >= 0 && last >= span.Start && documentBodyHeads.Contains(text.AsSpan(last, span.End - last));

    private static bool IsUnknownName(List<SourceCandidate> candidates, SourceRef reference)
    {
        foreach (var c in candidates)
            if (c.Priority == 4 && (ReferenceEquals(c.Ref, reference) || c.Ref.Equals(reference))) return true;
        return false;
    }

    // "Copyright 1998 The Associated Press.": a copyright line's credit that is "The" and a name the gazetteer knows is that
    // outlet's credit, by the gazetteer's name.
    private static bool TheCredit(string s, int start, TextSpan[] credits, TextSpan span)
    {
        foreach (var c in credits)
            if (c.End == span.End && c.Start + 4 == span.Start && string.CompareOrdinal(s, c.Start - start, "The ", 0, 4) == 0) return true;
        return false;
    }

    /// <summary>Whether a gazetteer name spans exactly `span`.</summary>
    internal static bool IsMatched(IReadOnlyList<(TextSpan Span, GazetteerEntry Entry)> gazetteerMatches, TextSpan span)
    {
        for (var i = 0; i < gazetteerMatches.Count; i++)
            if (gazetteerMatches[i].Span == span) return true;
        return false;
    }

    // Where the colon of a label in capitals of two words or more that opens the sentence stands ("SENIOR DEFENSE OFFICIAL: …"), else -1.
    private static int CapitalsLabelEnd(string s)
    {
        var words = 1;
        for (var i = 0; i < s.Length && i <= 80; i++)
        {
            var c = s[i];
            if (c == ':') return words > 1 && i + 1 < s.Length && s[i + 1] == ' ' ? i : -1;
            if (c == ' ' && i > 0 && s[i - 1] != ' ') words++;
            else if (!(char.IsAsciiLetterUpper(c) || c is '.' or '-' || char.IsWhiteSpace(c))) return -1;
        }
        return -1;
    }

    // "… KCNA said. REUTERS": a sign-off in capitals with no mark before it (SignOffs.Capitals) credits the story only when the
    // gazetteer knows it as an outlet's name, since capitals after a full stop are as often a label or the next sentence's acronym.
    private TextSpan? CapitalsCredit(string s, string text, int start)
    {
        if (SignOffs.Capitals(s, SignOffs.FollowsSentenceEnd(text, start)) is not { } credit) return null;
        return gazetteer.TryResolveSpelling(s[credit.Start..credit.End], out var outlet) && outlet.Kind is SourceKind.Outlet or SourceKind.StateMedia
            ? credit
            : null;
    }

    // Whether a credit's name is an agency's: a short name it signs with (credit_names) or an outlet's or state media's name, in
    // capitals too where inCapitals.
    private bool IsAgency(string name, bool inCapitals) =>
        creditNames.ContainsKey(name)
        || (gazetteer.TryResolve(name, out var agency) || inCapitals && IsCapitals(name) && gazetteer.TryResolveSpelling(name, out agency))
            && agency.Kind is SourceKind.Outlet or SourceKind.StateMedia;

    // The first line of the paragraph after the one that a sentence ending at `end` closes ("Updated:" under a writer's name
    // alone), or null when the sentence does not close its paragraph.
    private static string? NextParagraph(string text, int end)
    {
        var p = end;
        while (p < text.Length && text[p] is ' ' or '\t') p++;
        if (p < text.Length && text[p] != '\n') return null;
        p = SourceText.SkipWhiteSpace(text, p);
        if (p >= text.Length) return null;
        var nl = text.IndexOf('\n', p);
        return text[p..(nl < 0 ? text.Length : nl)];
    }

    // Whether a credit is written in capitals ("FRANCE 24", "AFP"): no lower-case letter.
    private static bool IsCapitals(ReadOnlySpan<char> name)
    {
        foreach (var c in name)
            if (char.IsLower(c)) return false;
        return true;
    }

    private static bool SpeaksByItself(SourceRef source, List<SourceCandidate> candidates) =>
        candidates.Exists(c => c.Speaks && c.Ref.Span == source.Span);

    private static bool HasInterceptionCue(string s, IReadOnlyList<PhraseMatch> cueHits)
    {
        for (var i = 0; i < cueHits.Count; i++)
            if (cueHits[i] is var h && h.Label == "cue_words" && s.AsSpan(h.Span.Start, h.Span.Length).Equals("interception", StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static bool Overlaps(List<SourceRef> accepted, TextSpan span)
    {
        foreach (var a in accepted)
            if (a.Span.Start < span.End && span.Start < a.Span.End) return true;
        return false;
    }
}

