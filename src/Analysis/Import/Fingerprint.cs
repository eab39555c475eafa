using System.Security.Cryptography;
using System.Text;

namespace Analysis.Import;

/// <summary>
/// What makes two articles "the same text" and two addresses "the same page" for an import. Text: the
/// body paragraphs' words, case and punctuation ignored (a page saved twice, or copied by hand into a
/// .txt with another headline, is the same article). Address: scheme, "www.", fragment, trailing slash
/// and tracking parameters (utm_*, fbclid, gclid) ignored.
/// </summary>
public static class Fingerprint
{
    public static string OfText(IEnumerable<string> paragraphs)
    {
        var words = new StringBuilder();
        foreach (var paragraph in paragraphs)
            foreach (var c in paragraph)
            {
                if (char.IsLetterOrDigit(c)) words.Append(char.ToLowerInvariant(c));
                else if (words.Length > 0 && words[^1] != ' ') words.Append(' ');
            }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(words.ToString().Trim())));
    }

    public static string? OfAddress(string? url)
    {
        if (url is null || !Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) return null;
        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        var query = uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !(p.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || p.StartsWith("fbclid=", StringComparison.OrdinalIgnoreCase) || p.StartsWith("gclid=", StringComparison.OrdinalIgnoreCase)))
            .ToList();
        var path = uri.AbsolutePath.TrimEnd('/');
        return $"{host}{(uri.IsDefaultPort ? "" : ":" + uri.Port)}{path}{(query.Count > 0 ? "?" + string.Join('&', query) : "")}";
    }
}
