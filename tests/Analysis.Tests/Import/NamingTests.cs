namespace Analysis.Tests.Import;

using Analysis.Corpus;
using Analysis.Import;

/// <summary>File names and publication days, in tables.</summary>
public class NamingTests
{
    [Theory]
    [InlineData("Seoul says North Korean troop total in Russia rises to 11,000", "2024-11-04", "2024-11-04-seoul-says-north-korean-troop-total-in-russia-rises-to-11-000")]
    [InlineData("Kim's troops: what we know", null, "kims-troops-what-we-know")]
    [InlineData("Zelensky: « Les soldats nord-coréens » arrivent à Koursk", null, "zelensky-les-soldats-nord-coreens-arrivent-a-koursk")]
    [InlineData("북한군 파병", "2024-10-18", "2024-10-18-article")]
    [InlineData("A very long headline that goes on and on about troops, estimates, briefings and everything else besides", "2024-10-18",
        "2024-10-18-a-very-long-headline-that-goes-on-and-on-about-troops")]
    public void Names_are_the_day_and_the_headlines_words_in_ASCII(string title, string? day, string expected)
    {
        var slug = Slug.Of(title, day is null ? null : DateOnly.Parse(day));
        Assert.Equal(expected, slug);
        Assert.True(slug.Length <= Slug.MaxLength);
    }

    [Theory]
    [InlineData("2024-11-04T23:40:00+09:00", "2024-11-04")] // the publisher's day, not UTC's
    [InlineData("2024-11-04", "2024-11-04")]
    [InlineData("20241104T091500", "2024-11-04")]
    [InlineData("Mon, 04 Nov 2024 22:10:00 +0900", "2024-11-04")]
    [InlineData("Mon, 04 Nov 2024 22:10:00 KST", "2024-11-04")]
    [InlineData("November 4, 2024", "2024-11-04")]
    [InlineData("2024-02-30", null)]
    [InlineData("1970-01-01T00:00:00Z", null)] // a CMS's zero date
    [InlineData("2999-01-01", null)]
    [InlineData("yesterday", null)]
    public void Publication_dates_are_read_as_the_publishers_day(string text, string? expected) =>
        Assert.Equal(expected is null ? null : DateOnly.Parse(expected), PageDate.Parse(text));

    [Theory]
    [InlineData("https://www.example.com/a/b/?utm_source=x&id=3#top", "example.com/a/b?id=3")]
    [InlineData("http://example.com/a/b", "example.com/a/b")]
    [InlineData("mailto:desk@example.com", null)]
    public void Addresses_are_compared_without_scheme_www_fragment_or_tracking(string url, string? expected) =>
        Assert.Equal(expected, Fingerprint.OfAddress(url));
}
