namespace Analysis.Timeline;

using Analysis.Extraction;

/// <summary>Readable words for the kit's enums and dates, as tables and charts show them.</summary>
public static class Words
{
    /// <summary>snake_case of an enum value: AtLeast → at_least, the spelling of the exported tables.</summary>
    public static string Of<T>(T value) where T : struct, Enum => EnumNames.ToSnake(value);

    /// <summary>The same words for a reader, with spaces: AtLeast → at least, ArmySize → army size (report tables, hovers).</summary>
    public static string Plain<T>(T value) where T : struct, Enum => Of(value).Replace('_', ' ');

    public static string Of(EventDate date) => date.Precision switch
    {
        DatePrecision.Unknown => "undated",
        DatePrecision.Day => $"{date.Earliest:yyyy-MM-dd}",
        DatePrecision.Month => $"{date.Earliest:yyyy-MM}",
        DatePrecision.Year => $"{date.Earliest:yyyy}",
        DatePrecision.OnOrBefore or DatePrecision.Inferred when date.Earliest is null => $"on or before {date.Latest:yyyy-MM-dd}",
        DatePrecision.Inferred => $"{date.Earliest:yyyy-MM-dd} – {date.Latest:yyyy-MM-dd} (inferred)",
        _ => $"{date.Earliest:yyyy-MM-dd} – {date.Latest:yyyy-MM-dd}",
    };
}
