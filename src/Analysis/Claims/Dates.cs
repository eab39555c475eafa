using System.Globalization;

namespace Analysis.Claims;

internal static class Dates
{
    public static string Of(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
}
