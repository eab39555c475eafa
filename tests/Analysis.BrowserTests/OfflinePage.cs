using PuppeteerSharp;

namespace Analysis.BrowserTests;

/// <summary>
/// A page with the network off: offline mode, and every request intercepted — files, data and blob
/// URLs go through, anything else is aborted and recorded. Console errors, uncaught exceptions and
/// dialogs (an injected alert would open one) are recorded too.
/// </summary>
public sealed class OfflinePage : IAsyncDisposable
{
    public IPage Page { get; }
    public List<string> Blocked { get; } = [];
    public List<string> Errors { get; } = [];
    public List<string> Dialogs { get; } = [];

    private OfflinePage(IPage page) => Page = page;

    public static async Task<OfflinePage> OpenAsync(IBrowser browser, string file)
    {
        var page = new OfflinePage(await browser.NewPageAsync());
        await page.Page.SetViewportAsync(new ViewPortOptions { Width = 1280, Height = 900 });
        await page.Page.SetOfflineModeAsync(true);
        await page.Page.SetRequestInterceptionAsync(true);
        page.Page.Request += async (_, e) =>
        {
            var url = e.Request.Url;
            if (url.StartsWith("file:", StringComparison.Ordinal) || url.StartsWith("data:", StringComparison.Ordinal) || url.StartsWith("blob:", StringComparison.Ordinal))
                await e.Request.ContinueAsync();
            else
            {
                lock (page.Blocked) page.Blocked.Add(url);
                await e.Request.AbortAsync();
            }
        };
        page.Page.Console += (_, e) => { if (e.Message.Type == ConsoleType.Error) lock (page.Errors) page.Errors.Add("console: " + e.Message.Text); };
        page.Page.PageError += (_, e) => { lock (page.Errors) page.Errors.Add("uncaught: " + e.Message); };
        page.Page.Dialog += async (_, e) => { lock (page.Dialogs) page.Dialogs.Add(e.Dialog.Message); await e.Dialog.Dismiss(); };
        await page.Page.GoToAsync(new Uri(Path.GetFullPath(file)).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load], Timeout = 60_000 });
        return page;
    }

    public ValueTask DisposeAsync() => new(Page.CloseAsync());
}
