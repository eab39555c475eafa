namespace Analysis.Import;

/// <summary>
/// Where imported articles go and the limits an import works within. The defaults suit a person
/// importing a few hundred articles; tests shorten the time limits and the size limit.
/// </summary>
public sealed record ImportOptions
{
    /// <summary>The corpus folder written to (default: the nearest <c>seeds/</c> from the current folder upwards).</summary>
    public string? Into { get; init; }

    /// <summary>A page, feed or download larger than this is refused: an article is kilobytes, a saved page with inlined images a few megabytes.</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;

    /// <summary>How long one request may take, from connecting to the last byte.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>How long to wait before the one retry of a request that timed out, failed to connect or got a 5xx or 429 answer.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Redirects followed per address before giving up.</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Sent with every request, so that a site's operators can tell who is asking and why.</summary>
    public string UserAgent { get; init; } = "AnalysisKit/1.0 (news-analysis kit; fetches one page at a time, on a person's request)";
}
