using System.CommandLine;
using Analysis.Cli.Commands;

// The `analysis` command. Each subcommand lives in Commands/, one file each, and only parses
// arguments, shows progress and calls the core library.
var root = new RootCommand("Analysis: troop-count estimates, cited sources and timelines from a folder of news articles.");
root.Subcommands.Add(ReportCommand.Create());
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
root.Subcommands.Add(NotebooksCommand.Create());
root.Subcommands.Add(GenerateCommand.Create());
root.Subcommands.Add(ImportCommand.Create());

return await root.Parse(args).InvokeAsync();
