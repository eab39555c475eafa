namespace Analysis.Timeline;

using Analysis.Corpus;
using Analysis.Extraction;

/// <summary>How a text gives a date: in calendar words, relative to the day it was published, or by naming a known event.</summary>
public enum DateForm { Explicit, Relative, Anchor }

/// <summary>
/// One date expression found in a text, with the date it resolves to. <see cref="Span"/> indexes into
/// the text that was searched. An expression that cannot be resolved (a weekday in an article with no
/// published date, "Oct. 23" with no year anywhere) keeps its words and an unknown date.
/// </summary>
public sealed record DateMention(TextSpan Span, string Text, DateForm Form, EventDate Date)
{
    public bool IsResolved => Date.Precision != DatePrecision.Unknown;

    public override string ToString() => $"\"{Text}\" → {Words.Of(Date)} ({Words.Of(Date.Precision)}, {Words.Of(Form)})";
}
