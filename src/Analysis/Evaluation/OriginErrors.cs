using System.Text;

namespace Analysis.Evaluation;

/// <summary>
/// What the kit gave as a found figure's origin against what the set expects, sorted into the kinds of error that need
/// different fixes: no speaker where one is expected (and whether the kit found that source elsewhere in the passage, so
/// that only the binding failed); the relay or outlet taken for the origin; another source the passage cites; a name it does
/// not cite (and how many of those share a word with the expected name: one source spelt two ways, rather than another
/// speaker); a speaker given to the writer's own figure. Beside them: how many wrong speakers the kit did not find in the
/// figure's own sentence (carried from another one); how often the expected origin is among the kit's own mentions at all
/// (in the figure's sentence, in the passage: what any rule choosing among them could reach); and a baseline with no rules, with
/// how often each is right where the two differ.
/// Counted only, never listed, so that it can be read on a set whose passages nobody may read.
/// </summary>
public sealed record OriginErrors(
    int Right,
    int NoneGiven,
    int NoneGivenButFound,
    int ViaTaken,
    int OtherCited,
    int NotCited,
    int NotCitedVariant,
    int WriterRight,
    int WriterGivenSpeaker,
    int WrongCarried,
    int ExpectedInSentence,
    int ExpectedInPassage,
    int NearestRight,
    int DifferKitRight,
    int DifferNearestRight,
    int DifferNeither)
{
    public static OriginErrors Empty { get; } = new(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

    /// <summary>Adds one found figure: its expected origin, via and the passage's cited sources, and the kit's origin,
    /// the sources the kit found in the passage, those it found in the figure's own sentence and the one of them nearest the
    /// figure.</summary>
    internal OriginErrors Add(ExpectedFigure expected, string? given, IReadOnlyCollection<string> cited, IReadOnlySet<string> foundSources,
        IReadOnlySet<string> sentenceSources, string? nearest)
    {
        var added = WithKind(expected, given, cited, foundSources);
        // A baseline with no rules: the source mention nearest the figure in its sentence, none where the sentence has none.
        // What the attribution rules add is the kit's right origins beyond it.
        if (expected.AttributedTo is { } origin && string.Equals(origin, nearest, StringComparison.OrdinalIgnoreCase))
            added = added with { NearestRight = added.NearestRight + 1 };
        // Where the rules and the baseline give different answers, which is right: a net of zero above the baseline can be
        // many fixes and as many breaks, or no difference at all. The writer's own figure is right with no speaker.
        if (!string.Equals(given, nearest, StringComparison.OrdinalIgnoreCase))
        {
            bool kitRight = string.Equals(expected.AttributedTo, given, StringComparison.OrdinalIgnoreCase),
                nearestRight = string.Equals(expected.AttributedTo, nearest, StringComparison.OrdinalIgnoreCase);
            added = kitRight ? added with { DifferKitRight = added.DifferKitRight + 1 }
                : nearestRight ? added with { DifferNearestRight = added.DifferNearestRight + 1 }
                : added with { DifferNeither = added.DifferNeither + 1 };
        }
        // How often the expected origin is among the kit's own source mentions at all: no rule that picks among them can do better.
        if (expected.AttributedTo is { } want && foundSources.Contains(want))
            added = added with
            {
                ExpectedInPassage = added.ExpectedInPassage + 1,
                ExpectedInSentence = added.ExpectedInSentence + (sentenceSources.Contains(want) ? 1 : 0),
            };
        var wrong = given is not null && !string.Equals(expected.AttributedTo, given, StringComparison.OrdinalIgnoreCase);
        return wrong && !sentenceSources.Contains(given!) ? added with { WrongCarried = added.WrongCarried + 1 } : added;
    }

    // This tally with the figure counted under the kind its origin falls in.
    private OriginErrors WithKind(ExpectedFigure expected, string? given, IReadOnlyCollection<string> cited, IReadOnlySet<string> foundSources)
    {
        if (expected.AttributedTo is not { } want)
            return given is null ? this with { WriterRight = WriterRight + 1 } : this with { WriterGivenSpeaker = WriterGivenSpeaker + 1 };
        if (given is null)
            return foundSources.Contains(want)
                ? this with { NoneGiven = NoneGiven + 1, NoneGivenButFound = NoneGivenButFound + 1 }
                : this with { NoneGiven = NoneGiven + 1 };
        if (string.Equals(want, given, StringComparison.OrdinalIgnoreCase)) return this with { Right = Right + 1 };
        if (expected.Via.Contains(given, StringComparer.OrdinalIgnoreCase)) return this with { ViaTaken = ViaTaken + 1 };
        if (cited.Contains(given, StringComparer.OrdinalIgnoreCase)) return this with { OtherCited = OtherCited + 1 };
        return SharesAWord(want, given)
            ? this with { NotCited = NotCited + 1, NotCitedVariant = NotCitedVariant + 1 }
            : this with { NotCited = NotCited + 1 };
    }

    // "South Korean intelligence" for "National Intelligence Service": a name the set would spell otherwise, rather
    // than another speaker. Words of three letters or more, so "of", "the" and "'s" do not join two names.
    private static bool SharesAWord(string a, string b)
    {
        var words = Words(a).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return Words(b).Any(words.Contains);

        static IEnumerable<string> Words(string name) =>
            name.Split([' ', '-', '\'', '’', ',', '.'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 3 && !w.Equals("the", StringComparison.OrdinalIgnoreCase));
    }

    public string Describe()
    {
        var expecting = Right + NoneGiven + ViaTaken + OtherCited + NotCited;
        var text = new StringBuilder();
        text.AppendLine($"origin errors over the {expecting + WriterRight + WriterGivenSpeaker} found figures");
        text.AppendLine($"  expecting an origin ({expecting}): right {Right}; none given {NoneGiven} " +
            $"(the kit found that source in the passage: {NoneGivenButFound}); its relay or outlet instead {ViaTaken}; " +
            $"another source the passage cites {OtherCited}; a name the passage does not cite {NotCited} " +
            $"(sharing a word with the expected one: {NotCitedVariant})");
        text.AppendLine($"  the writer's own ({WriterRight + WriterGivenSpeaker}): none given {WriterRight}; a speaker given {WriterGivenSpeaker}");
        text.AppendLine($"  a baseline with no rules, the source nearest the figure in its sentence: right {NearestRight} (the kit: {Right})");
        text.AppendLine($"  where the kit and that baseline differ ({DifferKitRight + DifferNearestRight + DifferNeither} found figures, " +
            $"the writer's own included): the kit right {DifferKitRight}, the baseline right {DifferNearestRight}, neither {DifferNeither}");
        text.AppendLine("  the expected origin among the kit's own source mentions (what any choice among them could reach): " +
            $"in the figure's sentence {ExpectedInSentence}, anywhere in the passage {ExpectedInPassage}");
        text.AppendLine($"  of the {ViaTaken + OtherCited + NotCited + WriterGivenSpeaker} wrong speakers given, " +
            $"not found by the kit in the figure's own sentence: {WrongCarried}");
        return text.ToString();
    }
}
