using PuppeteerSharp;

namespace Analysis.BrowserTests;

using Analysis.Images;

/// <summary>
/// One headless chromium for the test class: the system's browser (found as image export finds it),
/// never a downloaded one. Without a browser every test fails with the finder's message, which names
/// what was searched: CI installs chromium, so a missing one is a set-up error, not a reason to skip.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private DirectoryInfo? profile;

    public IBrowser Browser { get; private set; } = null!;

    public TimeSpan LaunchTime { get; private set; }

    public async Task InitializeAsync()
    {
        var executable = Chromium.Find(); // throws BrowserNotFoundException with the places searched
        profile = Directory.CreateTempSubdirectory("analysis-browser-tests-");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        Browser = await Puppeteer.LaunchAsync(new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            UserDataDir = profile.FullName,
            Args = Chromium.HeadlessFlags.Where(f => f != "--headless").ToArray(),
            Timeout = 60_000,
        });
        LaunchTime = clock.Elapsed;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        try { profile?.Delete(recursive: true); } catch (IOException) { /* the browser may still be letting go of a file */ }
    }
}
