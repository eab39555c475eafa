using System.CommandLine;
using System.CommandLine.Help;
using Analysis.Cli;
using Analysis.Cli.Commands;

// The `analysis` command. Each subcommand lives in Commands/, one file each, and only parses
// arguments, shows progress and calls the core library.
// The root is a plain command named "analysis": a RootCommand takes the assembly's name
// (Analysis.Cli), which is not what users type.
var root = new Command("analysis", "Analysis: troop-count estimates, cited sources and timelines from a folder of news articles.")
{
    new HelpOption(),
    new VersionOption(),
};
#if !KIT_NATIVE
root.Subcommands.Add(ReportCommand.Create());
#endif
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(EvaluateCommand.Create());
#if !KIT_NATIVE
root.Subcommands.Add(NotebooksCommand.Create());
#endif
root.Subcommands.Add(GenerateCommand.Create());
#if !KIT_NATIVE
root.Subcommands.Add(ImportCommand.Create());
#endif
// The native program (KIT_NATIVE, Analysis.Cli.csproj) has extract, evaluate and generate only.

// Ctrl-C and SIGTERM are the kit's own (StopSignal): the run stops at its next document, cleanly.
using var signals = StopSignal.Listen();
return await root.Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, StopSignal.Token);
