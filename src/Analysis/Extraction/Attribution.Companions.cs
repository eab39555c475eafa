namespace Analysis.Extraction;

// A voice and its companion set off by commas ("The Pentagon, along with NATO, said").
internal sealed partial class Attribution
{
    // ", along with", ", together with the", ", along with Police Chief": between a voice and the companion that speaks with it
    // (speaker_companion_joiners; the companion's title after it when the companion is a person), the two are joined as by
    // "and", and the first named is the origin (the DevSet header: owners joined by "and").
    private bool CompanionJoined(string between, SourceRef b)
    {
        if (!between.StartsWith(',')) return false;
        var rest = between.AsSpan(1).Trim();
        foreach (var joiner in closing.CompanionJoiners)
        {
            if (!rest.StartsWith(joiner, StringComparison.Ordinal)) continue;
            var tail = rest[joiner.Length..].Trim();
            if (tail.IsEmpty || tail is "the" || b.IsPerson && PartnerTitle(tail)) return true;
        }
        return false;
    }
}
