using System.Globalization;
using System.Text;

namespace Analysis.Import;

/// <summary>
/// File names for imported articles that stay the same however often and in whatever order pages are
/// imported: the publication day (so a folder lists in date order) and the headline's words, in
/// lower-case ASCII joined by hyphens, at most <see cref="MaxLength"/> characters, cut between words:
/// "2024-10-25-north-korean-troops-train-in-eastern-russia". A name that another article already holds gets
/// the start of the article's fingerprint added, which is as stable as the text.
/// </summary>
public static class Slug
{
    public const int MaxLength = 72;

    public static string Of(string title, DateOnly? published)
    {
        var words = new StringBuilder();
        foreach (var c in title.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsAsciiLetterOrDigit(c)) words.Append(char.ToLowerInvariant(c));
            else if (c is '\'' or '’') continue; // "Korea's" -> "koreas"
            else if (words.Length > 0 && words[^1] != '-') words.Append('-');
        }
        var slug = words.ToString().Trim('-');
        var prefix = published is { } day ? day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
        var room = MaxLength - prefix.Length - (prefix.Length > 0 ? 1 : 0);
        if (slug.Length > room)
        {
            var cut = slug.LastIndexOf('-', room);
            slug = cut > room / 2 ? slug[..cut] : slug[..room].TrimEnd('-');
        }
        if (slug.Length == 0) slug = "article";
        return prefix.Length > 0 ? $"{prefix}-{slug}" : slug;
    }

    /// <summary><paramref name="slug"/>, or with <paramref name="fingerprint"/>'s start added when <paramref name="taken"/> says it is in use.</summary>
    public static string Unused(string slug, string fingerprint, Func<string, bool> taken)
    {
        if (!taken(slug)) return slug;
        var withPrint = $"{slug}-{fingerprint[..8]}";
        for (var n = 2; taken(withPrint); n++) withPrint = $"{slug}-{fingerprint[..8]}-{n}";
        return withPrint;
    }
}
