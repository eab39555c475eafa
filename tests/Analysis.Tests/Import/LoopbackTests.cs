using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Analysis.Tests.Import;

using Analysis.Corpus;
using Analysis.Import;
using Analysis.Tests.Corpus;

/// <summary>
/// Web addresses fetched from a server the test starts on 127.0.0.1: redirects, a 404, a server error
/// that passes on retry, a page that never answers, one over the size limit. Nothing reaches another host.
/// </summary>
public sealed class LoopbackTests : IDisposable
{
    private readonly HttpListener listener = new();
    private readonly string root;
    private readonly List<string> userAgents = [];
    private int flakyCalls;
    private readonly CancellationTokenSource stop = new();

    public LoopbackTests()
    {
        var port = FreePort();
        root = $"http://127.0.0.1:{port}/";
        listener.Prefixes.Add(root);
        listener.Start();
        _ = Task.Run(ServeAsync);
    }

    private static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            _ = Task.Run(() => Answer(context));
        }
    }

    private async Task Answer(HttpListenerContext context)
    {
        var response = context.Response;
        try
        {
            lock (userAgents) userAgents.Add(context.Request.UserAgent ?? "");
            switch (context.Request.Url!.AbsolutePath)
            {
                case "/world/troops":
                    await Send(response, "text/html; charset=utf-8", TestPages.NoMetadata().Replace("<title>", "<meta property=\"article:published_time\" content=\"2024-11-05\"><title>"));
                    break;
                case "/old-address":
                    response.Redirect(root + "world/troops");
                    response.Close();
                    break;
                case "/loop":
                    response.Redirect(root + "loop");
                    response.Close();
                    break;
                case "/flaky":
                    if (Interlocked.Increment(ref flakyCalls) == 1)
                    {
                        response.StatusCode = 503;
                        response.Close();
                    }
                    else await Send(response, "text/html", TestPages.TimeOnly().Replace("Moscow has not confirmed", "The Kremlin has not confirmed"));
                    break;
                case "/slow":
                    await Task.Delay(TimeSpan.FromSeconds(5), stop.Token);
                    response.Close();
                    break;
                case "/big":
                    await Send(response, "text/html", TestPages.JsonLdOnly() + new string(' ', 200_000));
                    break;
                case "/feed":
                    await Send(response, "application/rss+xml", TestPages.Rss());
                    break;
                default:
                    response.StatusCode = 404;
                    response.Close();
                    break;
            }
        }
        catch (Exception e) when (e is HttpListenerException or OperationCanceledException or ObjectDisposedException or IOException)
        {
        }
    }

    private static async Task Send(HttpListenerResponse response, string type, string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        response.ContentType = type;
        response.ContentLength64 = bytes.Length;
        await response.OutputStream.WriteAsync(bytes);
        response.Close();
    }

    private ImportOptions Options(TempCorpus folder) => new()
    {
        Into = folder.PathOf("corpus"),
        Timeout = TimeSpan.FromSeconds(1),
        RetryDelay = TimeSpan.FromMilliseconds(50),
        MaxBytes = 100_000,
        MaxRedirects = 3,
    };

    [Fact]
    public void Addresses_from_a_urls_file_are_fetched_and_each_failure_is_named()
    {
        using var folder = new TempCorpus();
        var urls = folder.Write("urls.txt", string.Join("\n", "old-address", "flaky", "missing", "loop", "slow", "big", "feed").Replace("\n", "\n" + root).Insert(0, root) + "\n");

        var result = Importer.Import([], Options(folder), urls);

        // The redirected page, under the address it was answered from; the flaky one on its retry; the feed's second
        // item (the first is the redirected page's text, so it is already there).
        Assert.Equal([root + "world/troops", root + "flaky", "https://ridge.example/world/2024/11/08/talks"], result.Imported.Select(i => i.Metadata.Url));
        Assert.Equal(new DateOnly(2024, 11, 5), result.Imported[0].Metadata.Published);
        Assert.Equal(new DateOnly(2024, 11, 6), result.Imported[1].Metadata.Published);
        Assert.Equal(root + "feed (item 1 ('" + TestPages.Headline + "'))", Assert.Single(result.AlreadyThere).Source);

        var problems = result.Problems.Where(p => p.Action == ProblemAction.Skipped).ToDictionary(p => p.File.Replace(root, ""), p => p.Message);
        Assert.Equal(["big", "loop", "missing", "slow"], problems.Keys.Order());
        Assert.Equal("answered 404 Not Found", problems["missing"]);
        Assert.Equal("still redirects after 3 redirects (answer 302)", problems["loop"]);
        Assert.Equal("did not answer within 1 s (tried twice)", problems["slow"]);
        Assert.Contains("over the 0.1 MB limit", problems["big"]);
        Assert.All(userAgents, ua => Assert.StartsWith("AnalysisKit/", ua));
    }

    [Fact]
    public void An_address_can_be_named_on_the_command_line()
    {
        using var folder = new TempCorpus();

        var (code, stdout) = Analysis.Tests.Extraction.Cli.Run("import", root + "world/troops", "--into", folder.PathOf("corpus"));

        Assert.Equal(0, code);
        Assert.Contains($"Imported {folder.PathOf("corpus")}/2024-11-05-seoul-says-", stdout);
        Assert.Single(CorpusLoader.Load(folder.PathOf("corpus")).Documents);
    }

    public void Dispose()
    {
        stop.Cancel();
        listener.Stop();
        listener.Close();
    }
}
