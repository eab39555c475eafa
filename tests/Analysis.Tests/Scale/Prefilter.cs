namespace Analysis.Tests.Scale;

/// <summary>
/// What every prefilter test asserts: the cheap check never says "no" where the full pattern matches,
/// and both sides are exercised (sentences that match, sentences the check lets skip) often enough for
/// the test to be able to fail.
/// </summary>
internal static class Prefilter
{
    public static void NeverSkipsAMatch(IEnumerable<string> sentences, Func<string, bool> may, Func<string, bool> matches,
        int moreMatchedThan, int moreSkippedThan)
    {
        var matched = 0;
        var skipped = 0;
        foreach (var sentence in sentences)
        {
            var maySay = may(sentence);
            if (matches(sentence))
            {
                Assert.True(maySay, sentence);
                matched++;
            }
            else if (!maySay) skipped++;
        }
        Assert.True(matched > moreMatchedThan && skipped > moreSkippedThan, $"{matched} matched, {skipped} skipped");
    }
}
