using System.Text;

namespace Analysis.Evaluation;

public sealed partial record Evaluation
{
    /// <summary>The metrics as text: figures, attribution, chains, sources, kind and status with their
    /// confusion tables, the other fields, the scores by tag, the dates; with <paramref name="errors"/>,
    /// every miss too.</summary>
    public string Describe(bool errors = false)
    {
        var text = new StringBuilder();
        if (Failures.Count > 0)
        {
            text.AppendLine($"FAILED on {Failures.Count} passage(s), scored as finding nothing:");
            foreach (var failure in Failures) text.AppendLine("  " + failure);
        }
        foreach (var metric in new[] { Figures, Attribution, Chains, Sources }) text.AppendLine(metric.ToString());
        text.AppendLine($"{"origin",-12} right {OriginOfFound.Precision:0.000} ({OriginOfFound.Correct}/{OriginOfFound.Expected} found figures that expect one)");
        text.Append(OriginErrors.Describe());
        text.Append(Kind.Describe());
        text.Append(Status.Describe());
        text.AppendLine("fields       " + string.Join("  ", FieldAccuracy.Select(kv => $"{kv.Key} {kv.Value:0.000}")));
        if (FigureTags.Count > 0)
        {
            text.AppendLine("figures by tag (most failures first)");
            foreach (var tag in FigureTags.OrderByDescending(t => t.Failures).ThenBy(t => t.Tag, StringComparer.Ordinal)) text.AppendLine("  " + tag);
        }
        if (SourceTags.Count > 0)
        {
            text.AppendLine("sources by passage tag");
            foreach (var tag in SourceTags) text.AppendLine($"  {tag.Name,-18} found {tag.Correct,3}/{tag.Expected,-3} (extra {tag.Predicted - tag.Correct})");
        }
        if (Dates.DatedFigures > 0 || Dates.Events > 0) DescribeDates(text);
        if (errors)
            foreach (var error in Errors) text.AppendLine("  " + error);
        return text.ToString();
    }

    // The table of issue 18, in its order.
    private void DescribeDates(StringBuilder text)
    {
        var d = Dates;
        text.AppendLine($"dates (issue 18), {d.DatedFigures} figures with an annotated as-of date, {d.Targets} targets, {d.Events} events");
        text.AppendLine($"  estimates whose figure is found  {d.FiguresFound,3}/{d.DatedFigures}");
        if (!d.AsOfProduced) text.AppendLine("  as-of dates                      not produced by this extractor (no dates component)");
        text.AppendLine($"  dated on the right day/interval  {d.AsOfRight,3}/{d.DatedFigures}");
        text.AppendLine($"  within 3 days                    {d.AsOfWithin3Days,3}/{d.DatedFigures}");
        text.AppendLine($"  no date at all                   {d.AsOfNoDate,3} (of {d.FiguresFound} found)");
        text.AppendLine(d.TargetProduced || d.Targets == 0
            ? $"  planned figures' target right    {d.TargetsRight,3}/{d.Targets} ({d.TargetsFound} found)"
            : $"  planned figures' targets         not produced by this extractor ({d.Targets} annotated)");
        text.AppendLine($"  events reported by the kit       {d.EventsFound,3}/{d.Events}");
        text.AppendLine($"  events with a date or a bound    {d.EventsDated,3}/{d.Events}");
        text.AppendLine($"  dated events whose date is right {d.EventsRight,3}/{d.EventsDated}");
    }

    /// <summary>One line: the headline measures, as a per-story table row shows them.</summary>
    public string Summary() =>
        $"figures P {Figures.Precision:0.00} R {Figures.Recall:0.00}  origin {OriginOfFound.Precision:0.00}  kind {Kind.Accuracy:0.00}  " +
        $"status {Status.Accuracy:0.00}  sources R {Sources.Recall:0.00}  ({Passages} passages, {Figures.Expected} figures)";

    public override string ToString() => Describe();
}
