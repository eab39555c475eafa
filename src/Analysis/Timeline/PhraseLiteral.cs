namespace Analysis.Timeline;

/// <summary>A phrase of a word list read as a lexicon pattern reads it (<c>Lexicon.Alternation</c>): a space is any run of white space, an apostrophe either one.</summary>
internal static class PhraseLiteral
{
    /// <summary>How many characters of text[at..limit) <paramref name="phrase"/> takes at <paramref name="at"/>; 0 when it is not there.</summary>
    public static int Length(string text, int at, int limit, string phrase, bool ignoreCase)
    {
        var from = at;
        foreach (var p in phrase)
        {
            if (p == ' ')
            {
                var before = at;
                while (at < limit && char.IsWhiteSpace(text[at])) at++;
                if (at == before) return 0;
                continue;
            }
            if (at == limit) return 0;
            var c = text[at++];
            if (p is '\'' or '’' ? c is not ('\'' or '’') : ignoreCase ? char.ToUpperInvariant(c) != char.ToUpperInvariant(p) : c != p) return 0;
        }
        return at - from;
    }
}
