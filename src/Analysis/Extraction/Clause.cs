namespace Analysis.Extraction;

using Analysis.Corpus;

/// <summary>
/// What a clause does in its sentence. <see cref="Reporting"/>: it carries a statement's verb ("the NIS said on
/// Friday", "according to officials"); <see cref="Dependent"/>: it hangs on the clause before it and says nothing of
/// its own time ("…, bringing the total to 744"); <see cref="Main"/>: any other.
/// </summary>
public enum ClauseRole { Main, Dependent, Reporting }

/// <summary>
/// A clause of a sentence: the stretch of it whose words belong together, so that a date in it dates the figures
/// and the action in it, not those of the rest of the sentence ("5,000 have been sent | and 8,000 more are expected
/// by March"). A fronted adverbial ("In September, …") is part of the clause it introduces. <see cref="Span"/> is in
/// document offsets; <see cref="Sentence"/> the sentence's index.
/// </summary>
public sealed record Clause(int Sentence, TextSpan Span, ClauseRole Role)
{
    public bool Contains(TextSpan span) => span.Start >= Span.Start && span.Start < Span.End;
}
