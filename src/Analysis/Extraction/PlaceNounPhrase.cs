namespace Analysis.Extraction;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// A country named at the end of a noun phrase of place: in apposition after a head of <c>place_apposition_heads</c> ("in the
/// Haitian capital Port-au-Prince", "in the Malian capital, Bamako,", "to the island nation of the Maldives", "to the Sahel
/// country Niger") or after a hyphened adjective ("to war-torn Sudan", "in gang-ravaged Haiti"). The words before the name
/// belong to the place, so the preposition before the whole phrase is what says whether the country is a destination: where
/// the phrase starts is where the rules of place read back from. So does a country given as an example of a noun of place
/// ("in West African countries including Senegal", "to Gulf states, such as Bahrain"): it is one of those places.
/// </summary>
internal sealed class PlaceNounPhrase
{
    // How many words before its head a phrase of place may reach ("the tiny Red Sea state").
    private const int ModifierReach = 4;

    private readonly AdjacentPhrases heads, articles, prepositions, exampleLeads, exampleHeads, coordinators;
    private readonly WordSet particles;

    public PlaceNounPhrase(Lexicon lexicon)
    {
        heads = AdjacentPhrases.Of(lexicon, "place_apposition_heads", ignoreCase: false);
        articles = AdjacentPhrases.Of(lexicon, "articles");
        prepositions = AdjacentPhrases.Of(lexicon, "destination_prepositions");
        exampleLeads = AdjacentPhrases.Of(lexicon, "place_example_leads");
        exampleHeads = AdjacentPhrases.Of(lexicon, "neighbour_place_heads", ignoreCase: false);
        coordinators = AdjacentPhrases.Of(lexicon, "place_coordinators");
        particles = lexicon.WordLookup("place_name_particles", StringComparer.Ordinal);
    }

    /// <summary>
    /// Where the noun phrase of place that ends with the country named at <paramref name="name"/> starts (its article, its first
    /// modifier or its head), or <c>name.Start</c> when the name stands alone. text[start..] is the sentence.
    /// </summary>
    public int Start(string text, int start, TextSpan name)
    {
        var at = name.Start;
        if (at <= start || !char.IsWhiteSpace(text[at - 1])) return name.Start;
        // "of the Maldives": the name's own article.
        if (articles.StartOfPhraseBefore(text, start, at) is var article and > 0 && article >= start && char.IsWhiteSpace(text[article - 1])) at = article;
        var before = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (ExampleHead(text, start, before) is var example and >= 0) return Modifiers(text, start, example);
        // "the island nation of the Maldives"; "the Malian capital, Bamako," only closed by a comma or the sentence's end
        // ("in the country, Russia has ..." is no apposition).
        if (before > start + 2 && text.AsSpan(before - 3, 3) is " of") before -= 2;
        else if (before > start && text[before - 1] == ',' && (name.End >= text.Length || text[name.End] is ',' or '.' or ';' or ')' or '\n')) before--;
        if (heads.StartOfPhraseBefore(text, start, before) is var head and >= 0 && (head == start || !char.IsLetter(text[head - 1])))
            return Modifiers(text, start, head);
        if (Hyphened(text, start, at) is var adjective and >= 0) return Modifiers(text, start, adjective);
        return QualifiedName(text, start, at, name) is var qualified and >= 0 ? qualified : name.Start;
    }

    // "to Grafenwoehr, Germany,", "from Okinawa, Japan", "at a base in Agadez, Niger.": a country after a comma names where the
    // capitalised place before the comma lies, as an address does; "to Europe and Afghanistan.", "to the Gulf as well as Iraq":
    // a country joined to such a place (list place_coordinators) is one more place of the same preposition. Either way the
    // place's first word (or its article) starts the phrase. Only where a comma, a stop or the text's end closes the country:
    // "In Kursk, North Korea has sent ...", "to Kursk and Russia began ..." start clauses of their own. Up to PlaceWords
    // capitalised words ("Camp Humphreys", "the Middle East"), with the particles of place_name_particles between them.
    private int QualifiedName(string text, int start, int at, TextSpan name)
    {
        if (name.End < text.Length && text[name.End] is not (',' or '.' or ';' or ')' or '\n' or '\r')) return -1;
        var before = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (before <= start || before == at) return -1;
        int wordEnd;
        if (text[before - 1] == ',') wordEnd = before - 1;
        else if (coordinators.StartOfPhraseBefore(text, start, before) is var link and > 0 && link > start && char.IsWhiteSpace(text[link - 1]))
            wordEnd = SourceText.SkipWhiteSpaceBack(text, link, start);
        else return -1;
        var first = -1;
        for (var n = 0; n < PlaceWords && wordEnd > start; n++)
        {
            var from = wordEnd;
            while (from > start && (char.IsLetter(text[from - 1]) || text[from - 1] is '-' or '\'' or '’')) from--;
            if (from == wordEnd) break;
            // "Mocimboa da Praia": a small particle inside the place's name, when a capitalised word comes before it.
            if (!char.IsUpper(text[from]))
            {
                if (first < 0 || !particles.Contains(text.AsSpan(from, wordEnd - from))) break;
            }
            else first = from;
            if (from <= start || !char.IsWhiteSpace(text[from - 1])) break;
            wordEnd = SourceText.SkipWhiteSpaceBack(text, from, start);
        }
        if (first > start && articles.StartOfPhraseBefore(text, start, first) is var article and >= 0 && (article == start || char.IsWhiteSpace(text[article - 1])))
            return article;
        return first;
    }

    // How many capitalised words the place before an address's country may have.
    private const int PlaceWords = 4;

    // "countries including", "states, such as": where the noun of place (list neighbour_place_heads, lower case) starts when a
    // word of place_example_leads ends at text[before], perhaps after a comma; else -1.
    private int ExampleHead(string text, int start, int before)
    {
        if (exampleLeads.StartOfPhraseBefore(text, start, before) is not (var lead and > 0) || lead <= start || !char.IsWhiteSpace(text[lead - 1])) return -1;
        var headEnd = SourceText.SkipWhiteSpaceBack(text, lead, start);
        if (headEnd > start && text[headEnd - 1] == ',') headEnd--;
        return exampleHeads.StartOfPhraseBefore(text, start, headEnd) is var head and >= 0 && (head == start || !char.IsLetter(text[head - 1])) ? head : -1;
    }

    // The start of the lower-case hyphened word right before text[at] ("war-torn"), or -1.
    private static int Hyphened(string text, int start, int at)
    {
        var end = SourceText.SkipWhiteSpaceBack(text, at, start);
        if (end == at) return -1;
        var from = end;
        while (from > start && (char.IsLower(text[from - 1]) || text[from - 1] == '-')) from--;
        var word = text.AsSpan(from, end - from);
        var dash = word.IndexOf('-');
        return dash > 0 && dash < word.Length - 1 && word[^1] != '-' && (from == start || char.IsWhiteSpace(text[from - 1])) ? from : -1;
    }

    // Back from a head: its modifiers ("Haitian", "Red Sea", "war-torn", "tiny") up to the phrase's article, stopping at a
    // preposition or a punctuation mark. Without an article only capitalised and hyphened words are the phrase's.
    private int Modifiers(string text, int start, int head)
    {
        var first = head;
        var at = head;
        for (var n = 0; n < ModifierReach; n++)
        {
            if (at <= start || !char.IsWhiteSpace(text[at - 1])) break;
            if (articles.StartOfPhraseBefore(text, start, at) is var article and >= 0 && (article == start || char.IsWhiteSpace(text[article - 1]))) return article;
            if (prepositions.StartOfPhraseBefore(text, start, at) >= 0) break;
            var end = SourceText.SkipWhiteSpaceBack(text, at, start);
            var from = end;
            while (from > start && (char.IsLetter(text[from - 1]) || text[from - 1] == '-')) from--;
            if (from == end || (from > start && !char.IsWhiteSpace(text[from - 1]))) break;
            if (char.IsUpper(text[from]) || text.AsSpan(from, end - from).Contains('-')) first = from;
            at = from;
        }
        return first;
    }
}
