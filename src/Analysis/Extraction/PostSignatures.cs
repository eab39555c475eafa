namespace Analysis.Extraction;

using System.Text.RegularExpressions;
using Analysis.Corpus;
using Analysis.Vocabulary;

/// <summary>
/// The signature under a social-media post a page embeds: "— Jane Roe (@janeroe) October 6, 2025", as the embedded post's text
/// ends on the page (post_signature). The post is its author's words, quoted whole, so its author is a source of the story, as
/// "Jane Roe wrote on X" is, though no verb of saying names them. The name is the words between the dash and the account's
/// handle; where the author adds a second script after a slash ("Jane Roe / Жанна Ро"), the first. The one reading of the
/// signature: the sources read its author as a source (SourceFinder), the attribution lends the post's text to them
/// (Attribution.EmbeddedPosts).
/// </summary>
internal sealed class PostSignatures(Lexicon lexicon)
{
    private readonly Regex signature = lexicon.Regex("post_signature", RegexOptions.None);
    // A person's or a body's name: one to five words. A longer run before the handle is prose, no signature.
    private const int MaxWords = 5;

    /// <summary>Where the author's name of the post signature in sentence text s is, or null where s holds none.</summary>
    public TextSpan? Author(string s) => Find(s, 0, s.Length)?.Name;

    /// <summary>
    /// The post signature in <paramref name="text"/> from <paramref name="start"/> for <paramref name="length"/> characters (one
    /// sentence, read as the whole input): where its dash is and where the author's name is, in <paramref name="text"/>; or null
    /// where that stretch holds none.
    /// </summary>
    public (int Dash, TextSpan Name)? Find(string text, int start, int length)
    {
        if (text.IndexOf("(@", start, length, StringComparison.Ordinal) < 0 || signature.Match(text, start, length) is not { Success: true } m) return null;
        var name = m.Groups["name"];
        var (from, to) = (name.Index, name.Index + name.Length);
        if (text.IndexOf('/', from, to - from) is var slash and > 0) to = slash;
        while (to > from && char.IsWhiteSpace(text[to - 1])) to--;
        var words = text.AsSpan(from, to - from).Count(' ') + 1;
        return to > from && words <= MaxWords ? (m.Index, new TextSpan(from, to)) : null;
    }
}
