using System.Net;
using System.Net.Http.Headers;

namespace Analysis.Import;

/// <summary>
/// Fetches pages for an import, politely and within limits: one request at a time, a user agent that
/// says who is asking, a time limit per request, a size limit (checked on the announced length and
/// while reading), a bounded number of redirects, and one retry after a pause for what may pass
/// (a timeout, a refused connection, a 5xx or 429 answer). A 404 or another 4xx is final.
/// </summary>
public sealed class PageFetcher : IDisposable
{
    private readonly HttpClient client;
    private readonly ImportOptions options;

    /// <summary>A fetched page: the address it was finally answered from, its bytes, and the charset and media type the server gave.</summary>
    public sealed record Page(Uri Address, byte[] Bytes, string? MediaType, string? Charset);

    public PageFetcher(ImportOptions options)
    {
        this.options = options;
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = true,
            MaxAutomaticRedirections = Math.Max(1, options.MaxRedirects),
            AutomaticDecompression = DecompressionMethods.All,
            ConnectTimeout = options.Timeout,
        };
        client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        client.DefaultRequestHeaders.Accept.ParseAdd("text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5");
    }

    /// <summary>The page at <paramref name="address"/>, or null with <paramref name="error"/> saying why not.</summary>
    public async Task<(Page? Page, string? Error)> FetchAsync(Uri address, CancellationToken cancel = default)
    {
        var (page, error, retry) = await AttemptAsync(address, cancel);
        if (!retry) return (page, error);
        await Task.Delay(options.RetryDelay, cancel);
        var (second, secondError, _) = await AttemptAsync(address, cancel);
        return (second, secondError is null ? null : $"{secondError} (tried twice)");
    }

    private async Task<(Page? Page, string? Error, bool Retry)> AttemptAsync(Uri address, CancellationToken cancel)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        timeout.CancelAfter(options.Timeout);
        try
        {
            using var response = await client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, timeout.Token);
            var status = (int)response.StatusCode;
            if (status is >= 300 and < 400)
                return (null, $"still redirects after {options.MaxRedirects} redirects (answer {status})", false);
            if (!response.IsSuccessStatusCode)
                return (null, $"answered {status} {response.ReasonPhrase}", status >= 500 || status == 429);
            if (response.Content.Headers.ContentLength is { } announced && announced > options.MaxBytes)
                return (null, OverLimit(announced), false);

            await using var body = await response.Content.ReadAsStreamAsync(timeout.Token);
            var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = await body.ReadAsync(chunk, timeout.Token)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > options.MaxBytes) return (null, OverLimit(null), false);
            }
            var type = response.Content.Headers.ContentType;
            var final = response.RequestMessage?.RequestUri ?? address;
            return (new Page(final, buffer.ToArray(), type?.MediaType, Charset(type)), null, false);
        }
        catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
        {
            return (null, $"did not answer within {options.Timeout.TotalSeconds:0.#} s", true);
        }
        catch (HttpRequestException e)
        {
            return (null, $"could not be reached ({e.HttpRequestError}: {e.Message})", e.HttpRequestError != HttpRequestError.NameResolutionError);
        }
    }

    private string OverLimit(long? bytes) =>
        $"is {(bytes is { } b ? $"{b / 1024.0 / 1024.0:0.#} MB" : "larger than that")}, over the {options.MaxBytes / 1024.0 / 1024.0:0.##} MB limit for one page";

    private static string? Charset(MediaTypeHeaderValue? type) => string.IsNullOrWhiteSpace(type?.CharSet) ? null : type.CharSet.Trim('"', ' ');

    public void Dispose() => client.Dispose();
}
