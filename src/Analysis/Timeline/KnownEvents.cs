using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The gazetteer of known dated events (anchors such as "the BRICS summit") and of the actors events name: the
/// lexicon's countries (by name and alias, and by demonym before a word for people or institutions) and its people.
/// The kit's are built from <see cref="Lexicon.Default"/> (Data/lexicon/events.json and countries.json); a notebook
/// extends them in one call, e.g. <c>KnownEvents.Default.Add("Party congress", new(2026, 2, 1), new(2026, 2, 3), "party congress")</c>.
/// Instances are immutable: <c>Add</c> returns a new gazetteer, so the defaults never change under another cell's feet.
/// </summary>
public sealed class KnownEvents
{
    private static readonly ConditionalWeakTable<Lexicon, KnownEvents> ByLexicon = new();

    private readonly IReadOnlyList<string> actorNouns;
    private readonly Lazy<PhraseMatcher> eventMatcher;
    private readonly Lazy<PhraseMatcher> actorMatcher;
    private readonly Lazy<PhraseMatcher> actorNounMatcher;

    /// <param name="actorNouns">The words a demonym must come before to name its actor ("troops", "officials");
    /// by default the lexicon's <c>event_actor_nouns</c>.</param>
    public KnownEvents(IEnumerable<KnownEvent> events, IEnumerable<KnownActor>? actors = null, IEnumerable<string>? actorNouns = null)
    {
        Events = events.ToArray();
        Actors = (actors ?? []).ToArray();
        this.actorNouns = (actorNouns ?? Lexicon.Default.Words(ActorNounList)).ToArray();
        foreach (var e in Events)
            if (e.End < e.Start) throw new ArgumentException($"Known event '{e.Name}' ends ({e.End:yyyy-MM-dd}) before it starts ({e.Start:yyyy-MM-dd}).");
        // Labelled by index: two events may share an alias, and the first one named wins, as it always has.
        eventMatcher = new(() => new PhraseMatcher(Events.SelectMany((e, i) => e.Aliases.Append(e.Name).Select(a => new LabelledPhrase(Label(i), a))), ignoreCase: true));
        // Names with their capitals, so that "US" is not "us"; "n" labels a name, "d" a demonym.
        actorMatcher = new(() => new PhraseMatcher(Actors.SelectMany((a, i) =>
            a.Aliases.Append(a.Name).Select(n => new LabelledPhrase("n" + Label(i), n)).Concat((a.Demonyms ?? []).Select(d => new LabelledPhrase("d" + Label(i), d)))), ignoreCase: false));
        actorNounMatcher = new(() => new PhraseMatcher(this.actorNouns.Select(n => new LabelledPhrase(ActorNounList, n)), ignoreCase: true));
    }

    /// <summary>The word list of the words a demonym names its actor before.</summary>
    public const string ActorNounList = "event_actor_nouns";

    /// <summary>The events and actors of the kit's lexicon.</summary>
    public static KnownEvents Default => For(Lexicon.Default);

    public static KnownEvents Empty { get; } = new([], [], []);

    /// <summary>The known events and actors of <paramref name="lexicon"/>: its events, its countries, then its people. Built once per lexicon.</summary>
    public static KnownEvents For(Lexicon lexicon) => ByLexicon.GetValue(lexicon, l => new KnownEvents(
        l.Events.Select(e => new KnownEvent(e.Name, e.Start, e.End, e.Aliases, e.Place)),
        l.Countries.Select(c => new KnownActor(c.Name, c.Aliases, c.Demonyms))
            .Concat(l.Actors.Select(a => new KnownActor(a.Name, a.Aliases))),
        l.WordListNames.Contains(ActorNounList) ? l.Words(ActorNounList) : null));

    public IReadOnlyList<KnownEvent> Events { get; }
    public IReadOnlyList<KnownActor> Actors { get; }

    /// <summary>This gazetteer plus more events.</summary>
    public KnownEvents Add(params KnownEvent[] events) => new(Events.Concat(events), Actors, actorNouns);

    /// <summary>This gazetteer plus one event from <paramref name="start"/> to <paramref name="end"/> (inclusive), named by its aliases.</summary>
    public KnownEvents Add(string name, DateOnly start, DateOnly end, params string[] aliases) =>
        Add(new KnownEvent(name, start, end, aliases));

    /// <summary>This gazetteer plus an actor (a country, a person) named by its aliases.</summary>
    public KnownEvents AddActor(string name, params string[] aliases) => AddActor(new KnownActor(name, aliases));

    public KnownEvents AddActor(KnownActor actor) => new(Events, Actors.Append(actor), actorNouns);

    /// <summary>Reads a gazetteer from a lexicon file (its "events", "countries", "actors" and word lists).</summary>
    public static KnownEvents Load(string path) => For(Lexicon.Load(path));

    /// <summary>Reads a gazetteer from lexicon JSON; without its own <c>event_actor_nouns</c> it uses the kit's.</summary>
    public static KnownEvents Parse(string json) => For(Lexicon.Parse(json));

    /// <summary>Every mention of a known event in <paramref name="text"/>, in text order (the longest alias wins where two overlap).</summary>
    public IReadOnlyList<(KnownEvent Event, TextSpan Span)> FindEvents(string text)
    {
        if (Events.Count == 0) return [];
        var found = new List<(KnownEvent Event, TextSpan Span)>();
        foreach (var match in eventMatcher.Value.Find(text))
            found.Add((Events[Index(match.Label)], match.Span));
        return found.Count == 0 ? [] : SpanOverlaps.WithoutOverlaps(found, f => f.Span);
    }

    /// <summary>The canonical names of the actors <paramref name="text"/> names, in order of first mention.</summary>
    public IReadOnlyList<(string Actor, TextSpan Span)> FindActors(string text) => FindActors(text, 0, text.Length);

    /// <summary>The actors named in text[start..end), with spans in <paramref name="text"/>.</summary>
    public IReadOnlyList<(string Actor, TextSpan Span)> FindActors(string text, int start, int end) => FindActors(text, start, end, 0);

    /// <summary>The actors named in text[start..end), with spans in <paramref name="text"/> moved by <paramref name="offset"/>.</summary>
    internal IReadOnlyList<(string Actor, TextSpan Span)> FindActors(string text, int start, int end, int offset)
    {
        var found = new List<(string Actor, TextSpan Span)>();
        var count = FindActors(text, start, end, offset, found);
        return count == 0 ? [] : CollectionsMarshal.AsSpan(found)[..count].ToArray();
    }

    /// <summary>
    /// The actors named in text[start..end), as <see cref="FindActors(string, int, int, int)"/> gives them, written over
    /// <paramref name="into"/> (a buffer its caller keeps: an event sentence costs no list): how many there are, at its start.
    /// </summary>
    internal int FindActors(string text, int start, int end, int offset, List<(string Actor, TextSpan Span)> into)
    {
        into.Clear();
        if (Actors.Count == 0) return 0;
        var matches = actorMatcher.Value.Find(text, start, end);
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            if (match.Label[0] == 'd' && !BeforeActorNoun(text, match.Span.End, end)) continue;
            into.Add((Actors[Index(match.Label.AsSpan(1))].Name, new TextSpan(match.Span.Start + offset, match.Span.End + offset)));
        }
        var found = into.Count;
        if (found <= 1) return found;
        // The kept ones go after the found ones, then down to the buffer's start.
        CollectionsMarshal.SetCount(into, 2 * found);
        var all = CollectionsMarshal.AsSpan(into);
        var kept = SpanOverlaps.WithoutOverlaps(all[..found], all[found..], f => f.Span);
        all.Slice(found, kept).CopyTo(all);
        return kept;
    }

    // Whether an actor noun follows after white space, with at most one word (letters and hyphens) between; the
    // noun ends where a word does ("officials-led" has one).
    private bool BeforeActorNoun(string text, int at, int end)
    {
        for (var words = 0; words < 2; words++)
        {
            var space = at;
            while (at < end && char.IsWhiteSpace(text[at])) at++;
            if (at == space || at == end) return false;
            if (actorNounMatcher.Value.FindAtStart(text, at, end) is [{ } noun, ..] &&
                (noun.Span.End == end || !char.IsLetterOrDigit(text[noun.Span.End])))
                return true;
            var word = at;
            while (at < end && (char.IsLetter(text[at]) || text[at] == '-')) at++;
            if (at == word) return false;
        }
        return false;
    }

    private static string Label(int index) => index.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static int Index(ReadOnlySpan<char> label) => int.Parse(label, provider: System.Globalization.CultureInfo.InvariantCulture);

    public override string ToString() => $"{Events.Count} known events, {Actors.Count} known actors";
}
