using System.CommandLine;

namespace Analysis.Cli.Commands;

using Analysis.Corpus;
using Analysis.Import;

/// <summary><c>analysis import</c>: saved web pages, feeds and web addresses into a corpus folder, with their metadata.</summary>
internal static class ImportCommand
{
    public static Command Create()
    {
        var sources = new Argument<string[]>("SOURCE")
        {
            Description = "Saved pages (.html, .htm), feeds (.xml, .rss, .atom), folders of them, or http(s) addresses",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var into = new Option<DirectoryInfo?>("--into")
        {
            Description = "Corpus folder to add the articles to (default: the nearest seeds/ folder from here upwards)",
        };
        var urls = new Option<FileInfo?>("--urls")
        {
            Description = "A file of web addresses, one a line, to fetch and import ('#' starts a comment line)",
        };
        var strict = CommonOptions.Strict();
        var command = new Command("import", "Add articles from saved web pages, RSS/Atom feeds and web addresses to a corpus, with their dates and outlets")
        {
            sources, into, urls, strict,
        };
        command.SetAction(async (result, cancel) =>
        {
            var names = result.GetValue(sources) ?? [];
            var urlsFile = result.GetValue(urls)?.FullName;
            if (names.Length == 0 && urlsFile is null)
            {
                Console.Error.WriteLine("analysis import: name at least one saved page, feed, folder or address, or give --urls FILE.");
                return 2;
            }
            var options = new ImportOptions { Into = result.GetValue(into)?.FullName };
            var import = await Importer.ImportAsync(names, options, urlsFile, cancel);

            foreach (var file in import.Imported)
                Console.WriteLine($"{(file.ReplacedSummary ? "Replaced the feed's summary in" : "Imported")} {CommonOptions.Shown(file.Path)}: {Describe(file.Metadata)}");
            foreach (var same in import.AlreadyThere)
                Console.WriteLine($"Already in the corpus as {same.Id} ({same.Reason}): {same.Source}" +
                                  (same.FilledIn.Count > 0 ? $"; added its {string.Join(", ", same.FilledIn)} to {Manifest.FileName}" : ""));
            Console.WriteLine($"{import.Imported.Count} imported, {import.AlreadyThere.Count} already there, into {CommonOptions.Shown(import.Folder)}");

            if (import.Problems.Count == 0) return 0;
            Console.Error.WriteLine($"Problems ({import.Problems.Count}):");
            foreach (var problem in import.Problems) Console.Error.WriteLine($"  {problem.Describe()}");
            if (!result.GetValue(strict)) return 0;
            Console.Error.WriteLine($"--strict: exit code {CommonOptions.ProblemsExitCode} because of the problems above.");
            return CommonOptions.ProblemsExitCode;
        });
        return command;
    }

    private static string Describe(DocumentMetadata m) =>
        $"{m.Title} ({string.Join(", ", new[] { m.Published?.ToString("yyyy-MM-dd") ?? "no date found: add \"published\" to manifest.json", m.Outlet, m.Author }.Where(s => s is not null))})";
}
