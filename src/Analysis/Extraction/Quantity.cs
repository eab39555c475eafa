namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// A number expression found in a sentence, before anyone decided whether it counts soldiers.
/// <see cref="Span"/> covers its hedging words ("approximately 10,000", "between 3,000 and 5,000");
/// <see cref="Core"/> only the digits or words of the number(s). <see cref="ChangeStart"/> marks the
/// first number of "rose from 3,000 to 10,000": an earlier figure, not the low end of a range.
/// </summary>
internal sealed record Quantity(
    TextSpan Span,
    TextSpan Core,
    double? Value,
    double? Low,
    double? High,
    Hedge Hedge,
    bool Possible,
    bool HasScaleOrSeparator,
    bool ChangeStart = false,
    bool ChangeEnd = false);
