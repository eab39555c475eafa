using System.Text.RegularExpressions;

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

    /// <summary>
    /// A right-to-left twin answers "does the text before this point end in the pattern?" as the pattern
    /// does, on every <paramref name="step"/>-th prefix of every sentence, and the pattern is found on
    /// more than <paramref name="moreFoundThan"/> of them.
    /// </summary>
    public static void TwinAgreesOnEveryPrefix(IEnumerable<string> sentences, Regex pattern, Regex twin, int step, int moreFoundThan)
    {
        var found = 0;
        foreach (var sentence in sentences)
            for (var end = 0; end <= sentence.Length; end += step)
            {
                var before = sentence[..end];
                var expected = pattern.IsMatch(before);
                Assert.Equal(expected, twin.IsMatch(before));
                if (expected) found++;
            }
        Assert.True(found > moreFoundThan, $"{found} prefixes end in {pattern}");
    }
}
